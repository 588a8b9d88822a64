/** Deleting the profile failed; the message says why and that nothing local was cleared. */
export class ForgetProfileError extends Error {
  override name = 'ForgetProfileError';
}

/** Asks the server to delete the stored profile of this user id; resolves only once it is gone. */
export async function forgetProfile(userId: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch('/api/profile', {
      method: 'DELETE',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user_id: userId }),
      cache: 'no-store',
    });
  } catch (cause) {
    throw new ForgetProfileError('The Amigo server could not be reached, so nothing was deleted. Please try again.', {
      cause,
    });
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: unknown } | null;
    const reason = typeof body?.message === 'string' ? body.message : 'The server could not delete your data.';
    throw new ForgetProfileError(`${reason} Nothing was deleted; please try again.`);
  }
}
