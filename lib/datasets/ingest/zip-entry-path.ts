// Whether a zip entry's name is safe to store under: a name that could land outside the
// upload's folder refuses the whole upload (it is either an attack or a broken archive);
// folders, macOS resource forks and hidden files are left out quietly.
import { AppError } from "@/lib/errors";

/** zipName absent: the name of a file uploaded on its own, checked the same way. */
export function checkZipEntryPath(options: { name: string; zipName?: string }): "take" | "skip" {
  const { name, zipName } = options;
  const refuse = (why: string): never => {
    const what = zipName ? `${zipName}: the entry "${name}"` : `The file name "${name}"`;
    throw new AppError("bad_input", `${what} ${why}, so the upload is refused.`);
  };
  if (name.includes("\\")) refuse("has a backslash in its path");
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name)) refuse("has an absolute path");
  const segments = name.split("/");
  if (segments.includes("..")) refuse('climbs out of its folder with ".."');
  if (/[\u0000-\u001f\u007f]/.test(name)) refuse("has control characters in its name");
  if (name.endsWith("/")) return "skip";
  if (segments[0] === "__MACOSX" || segments.some((segment) => segment.startsWith("."))) return "skip";
  if (segments.includes("")) refuse("has an empty folder name in its path");
  return "take";
}
