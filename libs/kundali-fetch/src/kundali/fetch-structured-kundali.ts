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
 * time-sensitive parts flagged unreliable. The result is validated against the Kundali schema.
 */
export async function fetchStructuredKundali(birth: unknown, options: FetchKundaliOptions = {}): Promise<Kundali> {
  const moment = await resolveBirthMoment(birth, options);
  const provider = options.provider ?? 'local';
  let kundali: Kundali;
  if (provider === 'astrologyapi') {
    if (options.nodeType === 'true') {
      throw new ProviderError('provider_config', 'AstrologyAPI only offers the mean node; use the local provider for the true node');
    }
    kundali = await fetchAstrologyApiKundali(moment, options.astrologyApi);
  } else {
    kundali = buildKundali(moment.utcMs, moment, {
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
  return Kundali.parse(kundali);
}
