/** The last part of a path, for either separator: people recognise their file by its name. */
export function fileName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/** The folder part of a path, or empty. */
export function folderOf(path: string): string {
  const name = fileName(path);
  return path.length > name.length ? path.slice(0, path.length - name.length - 1) : '';
}
