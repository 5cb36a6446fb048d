"use client";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import styles from "./toolbar.module.css";

const GROUPS: Array<{ title: string; keys: Array<[string, string]> }> = [
  {
    title: "Both modes",
    keys: [
      ["Shift+Enter", "Run, select the next cell"],
      ["Ctrl+Enter", "Run"],
      ["Alt+Enter", "Run, insert a cell below"],
      ["Ctrl+Shift+↑ / ↓", "Move the cell up / down"],
    ],
  },
  {
    title: "Edit mode",
    keys: [
      ["Esc", "Command mode"],
      ["Tab", "Complete (from the kernel)"],
      ["Ctrl+Shift+−", "Split the cell at the cursor"],
    ],
  },
  {
    title: "Command mode",
    keys: [
      ["Enter", "Edit the cell"],
      ["↑ / K, ↓ / J", "Select the cell above / below"],
      ["A / B", "Insert a cell above / below"],
      ["D, D", "Delete the cell"],
      ["Z", "Undo the last delete"],
      ["M / Y / R", "Markdown / code / raw"],
      ["Shift+M", "Merge with the cell below"],
      ["I, I", "Interrupt the kernel"],
      ["0, 0", "Restart the kernel"],
    ],
  },
];

export function ShortcutsDialog({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  return (
    <Dialog isOpen={isOpen} onClose={onClose} title="Keyboard shortcuts" description="Jupyter's keys. Esc leaves a cell's editor; Enter goes back in.">
      <div className={styles.shortcuts}>
        {GROUPS.map((group) => (
          <section key={group.title}>
            <h3 className={styles.shortcutsTitle}>{group.title}</h3>
            <dl className={styles.shortcutList}>
              {group.keys.map(([keys, what]) => (
                <div key={keys} className={styles.shortcutRow}>
                  <dt>
                    <kbd>{keys}</kbd>
                  </dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
