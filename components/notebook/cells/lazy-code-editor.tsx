"use client";
import dynamic from "next/dynamic";
import { createContext, use, type ReactNode } from "react";

/** What to show while Monaco's code loads: the cell's text at the editor's height. */
export const EditorPlaceholderContext = createContext<ReactNode>(null);

function EditorLoading() {
  return use(EditorPlaceholderContext);
}

/** Monaco, loaded in the browser only, on the first cell that needs it. */
export const LazyCodeEditor = dynamic(() => import("../editor/code-editor"), { ssr: false, loading: EditorLoading });
