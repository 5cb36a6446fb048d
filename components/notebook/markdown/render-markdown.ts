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

/** A .ipynb cell's attachments: file name → MIME bundle (base64 for images). */
export type TAttachments = Record<string, Record<string, unknown>>;

const IMAGE_TYPES = ["image/png", "image/jpeg", "image/gif", "image/webp"];

// Jupyter's ![alt](attachment:name) becomes the attached image itself, as a data URL (an
// image the sanitizer keeps); a name with no image attached stays as it is.
function inlineAttachments(html: string, attachments: TAttachments) {
  return html.replace(/(<img\s[^>]*?src=")attachment:([^"]*)"/g, (whole, start: string, encoded: string) => {
    let name = encoded;
    try {
      name = decodeURIComponent(encoded);
    } catch {
      // Not percent-encoded after all: the name as written.
    }
    const bundle = attachments[name] ?? {};
    const type = IMAGE_TYPES.find((mime) => typeof bundle[mime] === "string");
    return type ? `${start}data:${type};base64,${String(bundle[type]).replace(/\s/g, "")}"` : whole;
  });
}

/**
 * Markdown as sanitized HTML, or null where it cannot be sanitized (on the server,
 * where DOMPurify has no DOM and would return its input as is).
 */
export function renderMarkdown(source: string, attachments: TAttachments = {}): string | null {
  if (typeof window === "undefined" || !DOMPurify.isSupported) return null;
  addHooks();
  const html = inlineAttachments(markdown.parse(source) as string, attachments);
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ["style", "form", "input", "button"] });
}
