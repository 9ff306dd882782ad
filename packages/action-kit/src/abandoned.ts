/**
 * Requests given up on after their time limit (a hung cache service) still hold their sockets, and
 * Node would wait for them before exiting. runAction ends the process once the step's work is done
 * when any was abandoned — what actions/cache itself does after save for the same reason.
 */
let abandoned = 0;

export function markAbandoned(): void {
  abandoned++;
}

export function hasAbandoned(): boolean {
  return abandoned > 0;
}
