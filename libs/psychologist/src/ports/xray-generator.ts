/** The profiler port, as @amigo/astro-profiler declares it: the agent depends on the interface, never a backend. */
export type { XRayGenerator } from '@amigo/astro-profiler';
