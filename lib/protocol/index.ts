export * from "./version";
export * from "./studio-events";
export * from "./worker-events";
