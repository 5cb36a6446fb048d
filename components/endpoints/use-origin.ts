import { useSyncExternalStore } from "react";

const never = () => () => {};

/** This page's origin ("https://studio.example.com"), as the browser reached it; "" while rendered on the server. */
export function useOrigin() {
  return useSyncExternalStore(never, () => window.location.origin, () => "");
}
