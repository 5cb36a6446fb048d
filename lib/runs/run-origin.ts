// Who logs a batch, and from where: decided by the way it came (an API token over HTTP, or a
// cell's execution on a worker), never by the batch itself.
export type TRunOrigin = {
  teamId: string;
  userId: string | null;
  /** A project named in mlstudio.init() that the team lacks is created only if the user may. */
  mayCreateProject: boolean;
  /** From a notebook's kernel: the project a run without one goes to, and its worker's load. */
  notebook?: { id: string; projectId: string; workerId: string };
  /** From a training job (its own API token): the same, for the job. */
  job?: { id: string; projectId: string; workerId: string | null };
};
