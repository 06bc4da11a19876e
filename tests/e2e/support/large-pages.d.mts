// Types for the large-page builders and the heartbeat shared by the performance spec and the measuring script.
export function heavyPage(bytes: number): string;
export function liveBlog(bytes: number): string;
export const heartbeat: string;
export function stallsSince(from: number): number[];
