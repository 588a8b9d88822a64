import { z } from 'zod';

/** The body of `DELETE /api/profile`: only the id whose profile is to be erased. */
export const ForgetRequest = z.strictObject({ user_id: z.uuid() });
export type ForgetRequest = z.infer<typeof ForgetRequest>;
