import { createContext, use, useCallback, useSyncExternalStore } from "react";
import type { NotebookController } from "./notebook-controller";

/** The notebook's controller, and through it its store, for every component of the editor. */
export const NotebookContext = createContext<NotebookController | null>(null);

export function useController() {
  const controller = use(NotebookContext);
  if (!controller) throw new Error("useController outside a notebook");
  return controller;
}

export function useNotebookStore() {
  return useController().store;
}

export function useCell(id: string) {
  const store = useNotebookStore();
  const subscribe = useCallback((listener: () => void) => store.subscribe(`cell:${id}`, listener), [store, id]);
  return useSyncExternalStore(subscribe, () => store.getCell(id), () => store.getCell(id));
}

export function useCellOrder() {
  const store = useNotebookStore();
  const subscribe = useCallback((listener: () => void) => store.subscribe("order", listener), [store]);
  return useSyncExternalStore(subscribe, store.getOrder, store.getOrder);
}

/** Whether this cell is the selected one, and in which mode; re-renders only when that changes. */
export function useCellSelection(id: string) {
  const store = useNotebookStore();
  const subscribe = useCallback((listener: () => void) => store.subscribe("selection", listener), [store]);
  const read = () => (store.getSelectedId() === id ? store.getMode() : null);
  return useSyncExternalStore(subscribe, read, read);
}

export function useSelection() {
  const store = useNotebookStore();
  const subscribe = useCallback((listener: () => void) => store.subscribe("selection", listener), [store]);
  const selectedId = useSyncExternalStore(subscribe, store.getSelectedId, store.getSelectedId);
  const mode = useSyncExternalStore(subscribe, store.getMode, store.getMode);
  return { selectedId, mode };
}

export function useKernel() {
  const store = useNotebookStore();
  const subscribe = useCallback((listener: () => void) => store.subscribe("kernel", listener), [store]);
  return useSyncExternalStore(subscribe, store.getKernel, store.getKernel);
}

export function useSaveSummary() {
  const store = useNotebookStore();
  const subscribe = useCallback((listener: () => void) => store.subscribe("save", listener), [store]);
  return useSyncExternalStore(subscribe, store.getCachedSaveSummary, store.getCachedSaveSummary);
}

export function useFocusRequest(id: string) {
  const store = useNotebookStore();
  const subscribe = useCallback((listener: () => void) => store.subscribe("selection", listener), [store]);
  const read = () => {
    const request = store.getFocusRequest();
    return request?.cellId === id ? request : null;
  };
  return useSyncExternalStore(subscribe, read, read);
}

export function useNotice() {
  const store = useNotebookStore();
  const subscribe = useCallback((listener: () => void) => store.subscribe("notice", listener), [store]);
  return useSyncExternalStore(subscribe, store.getNotice, store.getNotice);
}
