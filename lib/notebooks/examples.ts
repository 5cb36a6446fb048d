// The example notebooks shipped with the studio (examples/notebooks/*.ipynb, stored without
// outputs): what the new-notebook dialog offers besides a blank one. Plain data, so the
// dialog (a client component) and the request schemas read the same list.
export const NOTEBOOK_EXAMPLES = [
  {
    slug: "pandas-exploration",
    title: "Explore a dataset with pandas",
    description: "Summary statistics, group-bys and plots of the wine dataset with pandas and matplotlib.",
  },
  {
    slug: "sklearn-classifier",
    title: "Train a scikit-learn classifier",
    description: "A pipeline on the breast-cancer dataset: split, cross-validate, confusion matrix and report.",
  },
  {
    slug: "pytorch-training",
    title: "Train a neural network with PyTorch",
    description: "A small MLP on handwritten digits: a training loop, its loss curve and test accuracy.",
  },
] as const;

export type TExampleSlug = (typeof NOTEBOOK_EXAMPLES)[number]["slug"];

export const EXAMPLE_SLUGS = NOTEBOOK_EXAMPLES.map((example) => example.slug) as [TExampleSlug, ...TExampleSlug[]];
