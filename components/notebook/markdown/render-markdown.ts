import DOMPurify from "dompurify";
import { Marked } from "marked";

const markdown = new Marked({ gfm: true, breaks: false, async: false });

let isHooked = false;

function addHooks() {
  if (isHooked) return;
  isHooked = true;
  DOMPurify.addHook("afterSanitizeAttributes", (node) => {
    // Links open beside the studio and learn nothing about it.
    if (node.tagName === "A" && node.getAttribute("href")) {
      node.setAttribute("target", "_blank");
      node.setAttribute("rel", "noopener noreferrer");
    }
    // The studio loads nothing from outside its origin (and its CSP would refuse it):
    // a remote image becomes a link to it.
    if (node.tagName === "IMG") {
      const source = node.getAttribute("src") ?? "";
      if (!/^data:image\/(png|jpe?g|gif|webp);/i.test(source)) {
        const link = node.ownerDocument.createElement("a");
        link.textContent = node.getAttribute("alt") || source || "image";
        if (/^https?:/i.test(source)) {
          link.setAttribute("href", source);
          link.setAttribute("target", "_blank");
          link.setAttribute("rel", "noopener noreferrer");
        }
        node.replaceWith(link);
      }
    }
  });
}

/**
 * Markdown as sanitized HTML, or null where it cannot be sanitized (on the server,
 * where DOMPurify has no DOM and would return its input as is).
 */
export function renderMarkdown(source: string): string | null {
  if (typeof window === "undefined" || !DOMPurify.isSupported) return null;
  addHooks();
  const html = markdown.parse(source) as string;
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ["style", "form", "input", "button"] });
}
