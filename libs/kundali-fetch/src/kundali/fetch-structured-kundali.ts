import { type BirthMomentOptions, resolveBirthMoment } from '../birth/birth-moment.js';
import { buildKundali } from '../chart/build-kundali.js';
import type { NodeType } from '../chart/sidereal-chart.js';
import { ProviderError } from '../errors/kundali-error.js';
import type { AstrologyApiOptions } from '../providers/astrologyapi/astrologyapi-client.js';
import { fetchAstrologyApiKundali } from '../providers/astrologyapi/astrologyapi-provider.js';
import { Kundali } from '@amigo/contracts';

export interface FetchKundaliOptions extends BirthMomentOptions {
  /** `local` (default): computed here, offline. `astrologyapi`: the paid remote API. */
  provider?: 'local' | 'astrologyapi';
  /** Rahu/Ketu as the mean node (default, as AstrologyAPI) or the true node (local provider only). */
  nodeType?: NodeType;
  /** Instant for the running dasha periods; default now. */
  now?: Date | number;
  astrologyApi?: AstrologyApiOptions;
}

/**
 * Birth details in, structured kundali out. Input is validated (BirthDetailsError), the place resolved offline
 * (PlaceNotFoundError / AmbiguousPlaceError with candidates), local time converted with the zone's history
 * (LocalTimeError for DST gaps/overlaps). An unknown birth time gives the chart for local noon with the
 * time-sensitive parts flagged unreliable. AstrologyAPI's answer is validated against the Kundali schema; the local
 * engine's own typed output is not parsed again (its conformance is a test, not a per-call cost: re-parsing ~200
 * objects cost about as much as computing the chart, and more in a process whose zod call sites are megamorphic).
 */
export async function fetchStructuredKundali(birth: unknown, options: FetchKundaliOptions = {}): Promise<Kundali> {
  const moment = await resolveBirthMoment(birth, options);
  const provider = options.provider ?? 'local';
  if (provider === 'astrologyapi') {
    if (options.nodeType === 'true') {
      throw new ProviderError('provider_config', 'AstrologyAPI only offers the mean node; use the local provider for the true node');
    }
    return Kundali.parse(await fetchAstrologyApiKundali(moment, options.astrologyApi));
  }
  return buildKundali(moment.utcMs, moment, {
    nodeType: options.nodeType ?? 'mean',
    birthTimeKnown: moment.timeKnown,
    ...(moment.uncertaintyMinutes === undefined ? {} : { uncertaintyMinutes: moment.uncertaintyMinutes }),
    clock: moment.clock,
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(moment.timeZone === undefined ? {} : { timezone: moment.timeZone }),
    utcOffsetHours: moment.utcOffsetHours,
    ...(moment.place === undefined ? {} : { place: moment.place }),
  });
}
