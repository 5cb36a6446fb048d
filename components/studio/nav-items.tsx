// The studio's navigation. Each item names the permission it needs, so the sidebar
// shows a role only the pages it may open (annotators: labeling and their tokens).
import type { ReactNode } from "react";
import type { TAction } from "@/lib/permissions";
import {
  ActivityIcon,
  CpuIcon,
  CubeIcon,
  DatabaseIcon,
  FlaskIcon,
  FolderIcon,
  KeyIcon,
  NotebookIcon,
  UsersIcon,
} from "@/components/ui/icons";

type TNavItem = { href: string; label: string; action: TAction; icon: ReactNode };

export const NAV_SECTIONS: Array<{ label: string; items: TNavItem[] }> = [
  {
    label: "Workspace",
    items: [
      { href: "/projects", label: "Projects", action: "project.read", icon: <FolderIcon /> },
      { href: "/notebooks", label: "Notebooks", action: "notebook.read", icon: <NotebookIcon /> },
      { href: "/data", label: "Data & Labeling", action: "labeling.read", icon: <DatabaseIcon /> },
      { href: "/experiments", label: "Experiments", action: "run.read", icon: <FlaskIcon /> },
      { href: "/models", label: "Models & Endpoints", action: "model.read", icon: <CubeIcon /> },
      { href: "/monitoring", label: "Monitoring", action: "monitoring.read", icon: <ActivityIcon /> },
      { href: "/workers", label: "Workers", action: "worker.read", icon: <CpuIcon /> },
    ],
  },
  {
    label: "Settings",
    items: [
      { href: "/settings/team", label: "Team settings", action: "team.members.read", icon: <UsersIcon /> },
      { href: "/settings/tokens", label: "API tokens", action: "token.manage", icon: <KeyIcon /> },
    ],
  },
];
