export function currentStamp(): { inputs: string; bundles: string };
export function writeStamp(): void;
export function staleReason(): string | undefined;
