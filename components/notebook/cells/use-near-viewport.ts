import { useEffect, useState, type RefObject } from "react";

// One observer for every cell of the page: a notebook of 2,000 cells asks the browser once.
const MARGIN = "1200px 0px";
let observer: IntersectionObserver | null = null;
const callbacks = new WeakMap<Element, (entry: IntersectionObserverEntry) => void>();

function sharedObserver() {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) callbacks.get(entry.target)?.(entry);
    },
    { rootMargin: MARGIN },
  );
  return observer;
}

/**
 * Whether the element is on screen or within a screen or so of it; `initial` until the
 * browser says (and on the server). `onLeave` hears the element's height as it moves away.
 */
export function useNearViewport(ref: RefObject<Element | null>, initial = false, onLeave?: (height: number) => void) {
  const [isNear, setIsNear] = useState(initial);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const shared = sharedObserver();
    callbacks.set(element, (entry) => {
      if (!entry.isIntersecting) onLeave?.(entry.boundingClientRect.height);
      setIsNear(entry.isIntersecting);
    });
    shared.observe(element);
    return () => {
      shared.unobserve(element);
      callbacks.delete(element);
    };
  }, [ref, onLeave]);
  return isNear;
}
