// A JSON POST that reports how much of the body has been sent: fetch cannot, and a large
// notebook takes a moment to upload. The browser's session cookie and origin go along.
export type TPostAnswer = { status: number; body: unknown };

export function postWithProgress(input: { url: string; body: string; onProgress: (fraction: number) => void }): Promise<TPostAnswer> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", input.url);
    request.setRequestHeader("Content-Type", "application/json");
    request.upload.onprogress = (event) => event.lengthComputable && input.onProgress(event.loaded / event.total);
    request.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        // A proxy's HTML error page: the status still says what happened.
      }
      resolve({ status: request.status, body });
    };
    request.onerror = () => resolve({ status: 0, body: null });
    request.send(input.body);
  });
}
