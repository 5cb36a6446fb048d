"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import { useIsClient } from "./use-is-client";
import styles from "./outputs.module.css";

const MAX_HEIGHT = 1_600;

// Inside the frame: report the content's height whenever it changes.
const HEIGHT_SCRIPT = `(function(){var last=-1;function send(){var d=document.documentElement;var h=Math.ceil(d.getBoundingClientRect().height);if(d.scrollWidth>d.clientWidth)h+=16;if(h!==last){last=h;parent.postMessage({type:"mlstudio:frame-height",height:h},"*")}}
var ro=new ResizeObserver(send);ro.observe(document.documentElement);document.addEventListener("DOMContentLoaded",function(){if(document.body)ro.observe(document.body);send()});addEventListener("load",send);send()})();`;

const FRAME_CSS = `html{overflow-x:auto;overflow-y:hidden}body{margin:0;padding:2px 0;font:13px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#141a24;background:transparent}
table{border:none;border-collapse:collapse;font-size:12px;font-variant-numeric:tabular-nums;margin:0}th,td{padding:5px 10px;text-align:right;border:none;border-bottom:1px solid #e3e6eb;white-space:nowrap;vertical-align:top}
thead th{border-bottom:1px solid #c9cfd8;font-weight:600;color:#4a5566}tbody th{font-weight:600;color:#4a5566}tbody tr:nth-child(odd){background:#f8f9fb}tbody tr:hover{background:#eef0fc}
img,svg{max-width:100%}a{color:#3d4fd1}pre,code{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,monospace;font-size:12px}`;

/** The nonce the page's own scripts run with; an element's nonce stays readable through the IDL property. */
function documentNonce() {
  return document.querySelector<HTMLScriptElement>("script[nonce]")?.nonce ?? "";
}

/**
 * The frame's document. It inherits the page's CSP (srcdoc documents do): its own inline
 * scripts run only with the page's nonce, so they get it; they run in an opaque origin, where
 * the nonce opens nothing of the studio's. Scripts with a src stay blocked (no request leaves
 * the studio), as do inline event handlers and, in production, eval.
 */
export function buildSrcDoc(html: string, nonce: string) {
  const doc = new DOMParser().parseFromString(html, "text/html");
  for (const script of doc.querySelectorAll("script:not([src])")) if (nonce) script.setAttribute("nonce", nonce);
  const style = doc.createElement("style");
  style.textContent = FRAME_CSS;
  const sizer = doc.createElement("script");
  if (nonce) sizer.setAttribute("nonce", nonce);
  sizer.textContent = HEIGHT_SCRIPT;
  const base = doc.createElement("base");
  base.setAttribute("target", "_blank");
  doc.head.prepend(base, style, sizer);
  return `<!doctype html>${doc.documentElement.outerHTML}`;
}

/**
 * Untrusted HTML (a kernel's text/html) in a sandboxed frame without same-origin: its
 * scripts run in an opaque origin and can reach nothing of the studio's. Sized to its
 * content from the height it posts; messages from any other window are ignored.
 */
export function SandboxedHtml({ html, title = "HTML output" }: { html: string; title?: string }) {
  const isClient = useIsClient();
  const frameRef = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState<number | null>(null);
  const srcDoc = useMemo(() => (isClient ? buildSrcDoc(html, documentNonce()) : ""), [html, isClient]);

  useEffect(() => {
    function onMessage(event: MessageEvent) {
      if (!frameRef.current || event.source !== frameRef.current.contentWindow) return;
      const data = event.data as { type?: unknown; height?: unknown } | null;
      if (data?.type !== "mlstudio:frame-height" || typeof data.height !== "number" || !Number.isFinite(data.height)) return;
      setHeight(Math.max(0, Math.min(Math.round(data.height), MAX_HEIGHT)));
    }
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, []);

  if (!isClient) return <div className={styles.framePlaceholder} />;
  return (
    <iframe
      ref={frameRef}
      className={styles.frame}
      sandbox="allow-scripts"
      referrerPolicy="no-referrer"
      srcDoc={srcDoc}
      title={title}
      style={{ height: height ?? 48 }}
      data-frame-height={height ?? undefined}
    />
  );
}
