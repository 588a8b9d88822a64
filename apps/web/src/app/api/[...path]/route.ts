import { apiNotFound } from '../../../server/http/api-route';

export const dynamic = 'force-dynamic';

/** Any other path under /api answers a JSON 404, whatever the method, instead of the HTML not-found page. */
export const GET = apiNotFound;
export const POST = apiNotFound;
export const PUT = apiNotFound;
export const PATCH = apiNotFound;
export const DELETE = apiNotFound;
