import { describe, expect, it } from "vitest";
import { buildLabeledItem } from "@/lib/labeling/agreement/build-labeled-item";
import type { TLabel } from "@/lib/labeling/results";
import { batchesOf, readZip } from "./export-test-helpers";
import { escapeXml, exportVoc } from "./export-voc";

const LABELS: TLabel[] = [{ name: "cat & <dog>", color: "#ff0000" }];

describe("exportVoc", () => {
  it("writes one XML per image with integer pixel corners", async () => {
    const item = buildLabeledItem({
      id: "a",
      data: { kind: "image", path: "pets/o'neil & co.jpg", width: 640, height: 480 },
      final: { kind: "boxes", boxes: [{ label: "cat & <dog>", x: 0.25, y: 0.5, width: 0.5, height: 0.25 }, { label: "removed", x: 0, y: 0, width: 1, height: 1 }] },
    });
    const files = await readZip(exportVoc({ template: "object_detection", labels: LABELS, batches: batchesOf([item]) }));
    expect(Object.keys(files)).toEqual(["Annotations/pets/o'neil & co.xml"]);
    const xml = files["Annotations/pets/o'neil & co.xml"];
    expect(xml).toContain("<folder>pets</folder>");
    expect(xml).toContain("<filename>o&apos;neil &amp; co.jpg</filename>");
    expect(xml).toContain("<size><width>640</width><height>480</height><depth>3</depth></size>");
    expect(xml.match(/<object>/g)).toHaveLength(1);
    expect(xml).toContain("<name>cat &amp; &lt;dog&gt;</name>");
    expect(xml).toMatch(/<xmin>160<\/xmin>\s*<ymin>240<\/ymin>\s*<xmax>480<\/xmax>\s*<ymax>360<\/ymax>/);
  });

  it("rounds fractional pixels to whole ones", async () => {
    const item = buildLabeledItem({ id: "a", data: { kind: "image", path: "a.jpg", width: 3, height: 3 }, final: { kind: "boxes", boxes: [{ label: "cat & <dog>", x: 0.1, y: 0.2, width: 0.5, height: 0.7 }] } });
    const xml = (await readZip(exportVoc({ template: "object_detection", labels: LABELS, batches: batchesOf([item]) })))["Annotations/a.xml"];
    expect(xml).toMatch(/<xmin>0<\/xmin>\s*<ymin>1<\/ymin>\s*<xmax>2<\/xmax>\s*<ymax>3<\/ymax>/);
  });

  it("escapes markup and drops characters XML cannot hold", () => {
    expect(escapeXml(`a<b>&"c'\u0001`)).toBe("a&lt;b&gt;&amp;&quot;c&apos;");
  });
});
