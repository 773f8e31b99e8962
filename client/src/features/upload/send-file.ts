/**
 * Sends a file to POST /uploads as the raw request body. XMLHttpRequest, not fetch: only it reports
 * upload progress (upload.onprogress). The session cookie goes along (same origin).
 */
export interface Staged {
  uploadId: string;
  sha256: string;
  bytes: number;
}

export function sendFile(file: File, onProgress: (sent: number, total: number) => void): Promise<Staged> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/uploads?name=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => {
      const body = xhr.response as (Staged & { error?: { message?: string } }) | null;
      if (xhr.status === 201 && body) resolve(body);
      else reject(new Error(body?.error?.message ?? `the server answered ${xhr.status}`));
    };
    xhr.onerror = () => reject(new Error('the server could not be reached'));
    xhr.send(file);
  });
}
