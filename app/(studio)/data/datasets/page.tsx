import { redirect } from "next/navigation";

// Datasets are listed on the Data & Labeling page; this address only leads there.
export default function DatasetsPage() {
  redirect("/data");
}
