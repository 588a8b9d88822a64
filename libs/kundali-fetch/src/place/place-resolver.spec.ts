import { AmbiguousPlaceError, PlaceNotFoundError, PlaceTooVagueError } from '../errors/kundali-error.js';
import { preloadGazetteer } from './gazetteer.js';
import { resolvePlace, resolvePlaceOrThrow, userCountryFrom } from './place-resolver.js';

// The first resolution loads the gazetteer: a second or more on a busy machine.
jest.setTimeout(30_000);

async function resolvedLabel(query: string, options = {}): Promise<string> {
  const r = await resolvePlace(query, options);
  if (r.kind !== 'resolved') throw new Error(`${query}: ${r.kind}`);
  return r.place.label;
}

/** What the person is offered to choose from, or the outcome when nothing is offered. */
async function labels(query: string): Promise<string[]> {
  const r = await resolvePlace(query);
  return r.kind === 'ambiguous' ? r.candidates.map((c) => c.label) : [r.kind];
}

describe('offline place resolver', () => {
  beforeAll(() => preloadGazetteer());

  it('resolves a well-known city to coordinates and its time zone', async () => {
    const r = await resolvePlace('Pune');
    expect(r.kind).toBe('resolved');
    if (r.kind !== 'resolved') return;
    expect(r.place).toMatchObject({ name: 'Pune', countryCode: 'IN', country: 'India', region: 'Maharashtra', timeZone: 'Asia/Kolkata' });
    expect(r.place.latitude).toBeCloseTo(18.52, 1);
    expect(r.place.longitude).toBeCloseTo(73.86, 1);
  });

  it('narrows by country and by region name or code', async () => {
    await expect(resolvePlaceOrThrow('Pune, India')).resolves.toMatchObject({ countryCode: 'IN' });
    await expect(resolvePlaceOrThrow('Springfield, Illinois')).resolves.toMatchObject({ region: 'Illinois', timeZone: 'America/Chicago', label: 'Springfield, Illinois, United States' });
    await expect(resolvePlaceOrThrow('springfield, IL, USA')).resolves.toMatchObject({ region: 'Illinois' });
    await expect(resolvePlaceOrThrow('Paris, Texas')).resolves.toMatchObject({ countryCode: 'US', timeZone: 'America/Chicago' });
  });

  it('returns ranked candidates with country and region for an ambiguous name', async () => {
    const r = await resolvePlace('Springfield');
    expect(r.kind).toBe('ambiguous');
    if (r.kind !== 'ambiguous') return;
    expect(r.candidates.length).toBe(5);
    const populations = r.candidates.map((c) => c.population);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
    await expect(resolvePlaceOrThrow('Springfield')).rejects.toBeInstanceOf(AmbiguousPlaceError);
  });

  it('answers with the current official name for former, short and misspelled names', async () => {
    const cases: [string, string][] = [
      ['Bombay', 'Mumbai'], ['calcutta', 'Kolkata'], ['Madras', 'Chennai'], ['Bangalore', 'Bengaluru'],
      ['Gurgaon', 'Gurugram'], ['gurgoan', 'Gurugram'], ['Allahabad', 'Prayagraj'], ['Mysore', 'Mysuru'],
      ['Cochin', 'Kochi'], ['Trivandrum', 'Thiruvananthapuram'], ['Pondicherry', 'Puducherry'], ['pondy', 'Puducherry'],
      ['Baroda', 'Vadodara'], ['Belgaum', 'Belagavi'], ['vizag', 'Visakhapatnam'], ['Faizabad', 'Ayodhya'],
      ['muzzafarpur', 'Muzaffarpur'], ['dilli', 'Delhi'], ['haora', 'Howrah'], ['हावड़ा', 'Howrah'],
    ];
    for (const [said, official] of cases) {
      await expect(resolvePlaceOrThrow(said)).resolves.toMatchObject({ name: official, countryCode: 'IN' });
    }
  });

  it('reads free phrasing, a state or abbreviation after the town and states as they were before 2014', async () => {
    expect(await resolvedLabel('I was born in Leicester')).toBe('Leicester, England, United Kingdom');
    expect(await resolvedLabel('indore MP')).toBe('Indore, Madhya Pradesh, India');
    expect(await resolvedLabel('Ranchi, which was Bihar back then')).toBe('Ranchi, Jharkhand, India');
    expect(await resolvedLabel('warangal, AP at that time')).toBe('Warangal, Telangana, India');
    expect(await resolvedLabel('Dehradun, UP')).toBe('Dehradun, Uttarakhand, India');
    expect(await resolvedLabel('mumbai... no sorry, thane actually')).toBe('Thane, Maharashtra, India');
    expect(await resolvedLabel('mera janam bombay mein hua')).toBe('Mumbai, Maharashtra, India');
  });

  it('reads Hindi in Devanagari, with postpositions', async () => {
    expect(await resolvedLabel('मेरा जन्म दिल्ली में हुआ')).toBe('Delhi, Delhi, India');
    expect(await resolvedLabel('लखनऊ में')).toBe('Lucknow, Uttar Pradesh, India');
    expect(await resolvedLabel('ग्वालियर मध्य प्रदेश')).toBe('Gwalior, Madhya Pradesh, India');
    expect(await resolvedLabel('आज़मगढ़')).toBe('Azamgarh, Uttar Pradesh, India');
  });

  it('weighs the user country: Kochi is in Kerala for a person in India and in Japan for one in Japan', async () => {
    expect(await resolvedLabel('Kochi')).toBe('Kochi, Kerala, India');
    expect((await resolvePlaceOrThrow('Kochi', { userCountry: 'JP' })).countryCode).toBe('JP');
    expect(await resolvedLabel('Hyderabad')).toBe('Hyderabad, Telangana, India');
    expect(await resolvedLabel('hyderabad sindh, before partition')).toMatch(/Hyderabad, Sindh, Pakistan/);
  });

  it('asks back when two places are plausible, also within one country', async () => {
    expect((await resolvePlace('Cambridge')).kind).toBe('ambiguous');
    // A namesake a tenth the size still counts: Rampur is a district town of UP and a town near Saharanpur. Two of
    // one state are told apart by the nearest larger town, so the person can say which.
    for (const text of ['Rampur', 'रामपुर']) await expect(resolvePlace(text)).resolves.toMatchObject({ kind: 'ambiguous' });
    expect(await labels('Rampur')).toEqual([
      'Rampur near Moradabad, Uttar Pradesh, India', 'Rampur near Saharanpur, Uttar Pradesh, India', 'Rampur, Himachal Pradesh, India',
    ]);
    // GeoNames files Pratapgarh, UP as "Bela": it is read back by its own name, and still asked about.
    expect(await labels('प्रतापगढ़')).toEqual(['Pratapgarh, Uttar Pradesh, India', 'Pratapgarh, Rajasthan, India']);
    expect(await resolvedLabel('Pratapgarh UP')).toBe('Pratapgarh, Uttar Pradesh, India');
    const r = await resolvePlace('Hamirpur');
    expect(r.kind).toBe('ambiguous');
    if (r.kind === 'ambiguous') expect(r.candidates.map((c) => c.region).sort()).toEqual(['Himachal Pradesh', 'Uttar Pradesh']);
  });

  it('returns the region outcome for a state, abbreviation or country alone', async () => {
    await expect(resolvePlace('Goa')).resolves.toEqual({ kind: 'region', region: { level: 'region', name: 'Goa', countryCode: 'IN', country: 'India' } });
    await expect(resolvePlace('Kerala')).resolves.toMatchObject({ kind: 'region', region: { name: 'Kerala' } });
    await expect(resolvePlace('UP')).resolves.toMatchObject({ kind: 'region', region: { name: 'Uttar Pradesh' } });
    await expect(resolvePlace('उत्तर प्रदेश')).resolves.toMatchObject({ kind: 'region', region: { name: 'Uttar Pradesh' } });
    await expect(resolvePlace('canada mein')).resolves.toMatchObject({ kind: 'region', region: { level: 'country', countryCode: 'CA' } });
    await expect(resolvePlaceOrThrow('Kerala')).rejects.toMatchObject({ code: 'place_too_vague', region: { name: 'Kerala' } });
  });

  it('never turns an answer that is not a place into one', async () => {
    for (const said of [
      'haan', 'haan ji', 'yes', 'the 16th', 'हाँ जी', 'सोलह तारीख', 'same hospital as my brother', '   ', 'fifteenth august',
      'sunday', 'theek hai', 'mujhe nahi pata', 'मुझे नहीं पता', '1990',
    ]) {
      await expect(resolvePlace(said)).resolves.toEqual({ kind: 'vague' });
    }
    await expect(resolvePlaceOrThrow('yes')).rejects.toBeInstanceOf(PlaceTooVagueError);
  });

  it('prefers a town of the user country over a foreign namesake of a landmark named before it', async () => {
    expect(await resolvedLabel('KEM hospital Mumbai')).toBe('Mumbai, Maharashtra, India');
    expect(await resolvedLabel('southall in london')).toBe('Southall, England, United Kingdom');
  });

  it('throws PlaceNotFoundError for an unknown name or a qualifier that matches nothing', async () => {
    await expect(resolvePlace('Xyzzyville')).rejects.toBeInstanceOf(PlaceNotFoundError);
    await expect(resolvePlace('Pune, Brazil')).rejects.toMatchObject({ code: 'place_not_found' });
  });

  it('derives the user country from the time zone, then the locale', async () => {
    await expect(userCountryFrom({ timeZone: 'Asia/Kolkata', locale: 'en-US' })).resolves.toBe('IN');
    await expect(userCountryFrom({ timeZone: 'Asia/Tokyo' })).resolves.toBe('JP');
    await expect(userCountryFrom({ locale: 'en-GB' })).resolves.toBe('GB');
    await expect(userCountryFrom({ locale: 'hi' })).resolves.toBe('IN');
    await expect(userCountryFrom({})).resolves.toBe('IN');
  });

  it('asks about a spelling that only resembles a name, and a small town abroad named bare', async () => {
    await expect(resolvePlace('gulf mein')).resolves.toMatchObject({ kind: 'ambiguous', candidates: [{ name: 'Guelph' }] });
    await expect(resolvePlace('सासाराम')).resolves.toMatchObject({ kind: 'ambiguous' });
    await expect(resolvePlace('haan bolo')).resolves.toMatchObject({ kind: 'ambiguous', candidates: [{ countryCode: 'PH' }] });
    expect(await resolvedLabel('Muzzafarpur')).toBe('Muzaffarpur, Bihar, India');
  });

  it('asks between a renamed city and the town that bears its former name, and a state settles it', async () => {
    await expect(resolvePlace('Aurangabad')).resolves.toMatchObject({ kind: 'ambiguous', candidates: [{ name: 'Chhatrapati Sambhajinagar' }, { name: 'Aurangabad', region: 'Bihar' }] });
    await expect(resolvePlace('औरंगाबाद')).resolves.toMatchObject({ kind: 'ambiguous' });
    expect(await resolvedLabel('Aurangabad Bihar')).toBe('Aurangabad, Bihar, India');
    expect(await resolvedLabel('Hyderabad Sindh')).toBe('Hyderabad, Sindh, Pakistan');
  });

  it('asks between well-known towns of the country whose names sound alike, unless a state separates them', async () => {
    for (const query of ['Bahrampur', 'berhampur mein', 'बरहामपुर में']) {
      expect(await labels(query)).toEqual(expect.arrayContaining(['Brahmapur, Odisha, India', 'Baharampur, West Bengal, India']));
    }
    for (const query of ['Amrawati', 'amravati se hoon', 'अमरावती']) {
      expect(await labels(query)).toEqual(expect.arrayContaining(['Amravati, Maharashtra, India', 'Amaravati, Andhra Pradesh, India']));
    }
    await expect(resolvedLabel('Berhampur, West Bengal')).resolves.toBe('Baharampur, West Bengal, India');
    await expect(resolvedLabel('Amravati, Andhra Pradesh')).resolves.toBe('Amaravati, Andhra Pradesh, India');
    await expect(resolvedLabel('Amravati Maharashtra')).resolves.toBe('Amravati, Maharashtra, India');
    // Another vowel at the end, an n for an m: not the same name spoken.
    const rampur = await resolvePlace('Rampur');
    expect(rampur.kind === 'ambiguous' && rampur.candidates.map((c) => c.name)).toEqual(['Rampur', 'Rampur', 'Rampur']);
  });

  it('takes a town named as a landmark only when no other is named', async () => {
    expect(await resolvedLabel('Brampton, Toronto ke paas')).toBe('Brampton, Ontario, Canada');
    expect(await resolvedLabel('born near Kanpur in Unnao')).toMatch(/^Unnao, /);
  });

  it('asks which town when two far apart, or two offered as either-or, are named', async () => {
    await expect(resolvePlace('Mumbai, Pune')).resolves.toMatchObject({ kind: 'ambiguous', candidates: [{ name: 'Mumbai' }, { name: 'Pune' }] });
    await expect(resolvePlace('born in Lucknow, grew up in Delhi')).resolves.toMatchObject({ kind: 'ambiguous' });
    await expect(resolvePlace('Delhi or Noida')).resolves.toMatchObject({ kind: 'ambiguous' });
    expect(await resolvedLabel('Noida, Delhi')).toMatch(/^Noida, /);
    expect(await resolvedLabel('kanpur nagar, UP')).toMatch(/^Kanpur, /);
  });

  it('asks about a town abroad reached only through an alternate name or a misspelling', async () => {
    await expect(resolvePlace('dard')).resolves.toMatchObject({ kind: 'ambiguous' });
    await expect(resolvePlace('बताओ')).resolves.toMatchObject({ kind: 'ambiguous' });
    await expect(resolvePlace('Ufa')).resolves.toMatchObject({ kind: 'ambiguous' });
    await expect(resolvePlace('man')).resolves.toMatchObject({ kind: 'vague' });
    expect(await resolvedLabel('शारजाह')).toMatch(/^Sharjah, /);
    expect(await resolvedLabel('manchester')).toBe('Manchester, England, United Kingdom');
  });

  it('takes a province named abroad and rules out a country denied, in every language', async () => {
    expect(await resolvedLabel('London Ontario')).toBe('London, Ontario, Canada');
    expect(await resolvedLabel('London, not the one in England')).toBe('London, Ontario, Canada');
    expect(await resolvedLabel('London UK wala nahi')).toBe('London, Ontario, Canada');
    expect(await resolvedLabel('लंदन, ब्रिटेन वाला नहीं')).toBe('London, Ontario, Canada');
    expect(await resolvedLabel('Victoria, British Columbia')).toBe('Victoria, British Columbia, Canada');
  });

  it('asks which city of an area of several cities, unless one of them is named', async () => {
    for (const text of ['born in the NCR', 'Delhi NCR mein', 'एनसीआर', 'Bay Area']) {
      await expect(resolvePlace(text)).resolves.toMatchObject({ kind: 'ambiguous' });
    }
    expect(await resolvedLabel('Gurgaon NCR')).toMatch(/^Gurugram, /);
    expect(await resolvedLabel('Bay Area mein, Fremont')).toBe('Fremont, California, United States');
  });

  it('asks back when the person was born near a town without naming their place, in every language', async () => {
    for (const [text, town] of [
      ["a village near Nashik, I don't remember the name", 'Nashik'],
      ['close to Indore', 'Indore'],
      ['a small village outside Pune in Maharashtra', 'Pune'],
      ['dilli ke paas ek gaon hai', 'Delhi'],
      ['lucknow ke nazdeek', 'Lucknow'],
      ['वाराणसी के पास एक गाँव में', 'Varanasi'],
      ['जयपुर के करीब एक कस्बा', 'Jaipur'],
      ['नासिक के नज़दीक', 'Nashik'],
      // Words after the landmark that only sound like a town abroad ("जानते": Yantai; "won't": Yaoundé) are words.
      ['मेरठ के पास एक गांव है नाम आप नहीं जानते होंगे', 'Meerut'],
      ["a village near meerut, you won't know the name", 'Meerut'],
      // The countryside of a district named after its town.
      ['kanpur dehat', 'Kanpur'],
      ['कानपुर देहात', 'Kanpur'],
      ['lucknow rural', 'Lucknow'],
      // The district a village lies in; "वहीं" (there) does not say whether the town or the village is meant.
      ['a small village in gorakhpur district you wont find it on the map', 'Gorakhpur'],
      ['mhara janam rewari zile ke ek gaam mein hoya tha', 'Rewari'],
      ['मेरठ के पास एक छोटा सा गाँव है वहीं', 'Meerut'],
    ]) {
      await expect(resolvePlace(text)).resolves.toMatchObject({ kind: 'ambiguous', reason: 'near', candidates: [{ name: town }] });
    }
  });

  it('takes the town before a district word, a misspelled town before a landmark, and a name said exactly after its likeness', async () => {
    for (const text of ['Deoband, dist Saharanpur', 'Deoband, Saharanpur district']) expect(await resolvedLabel(text)).toBe('Deoband, Uttar Pradesh, India');
    expect(await resolvedLabel('Bareily near Lucknow')).toBe('Bareilly, Uttar Pradesh, India');
    expect(await resolvedLabel('पिंडी में रावलपिंडी में सैंतालीस से पहले')).toBe('Rawalpindi, Punjab, Pakistan');
  });

  it('asks where a person born on a ship or a train was born, naming the towns of the journey', async () => {
    expect(await labels('on the ship actually, my mother was travelling from mombasa to bombay')).toEqual(['Mombasa, Mombasa County, Kenya', 'Mumbai, Maharashtra, India']);
    expect(await labels('in the train itself between itarsi and bhopal')).toEqual(['Itarsi, Madhya Pradesh, India', 'Bhopal, Madhya Pradesh, India']);
    expect(await labels('हमारा जन्म तो ट्रेन में हुआ था रास्ते में')).toEqual(['vague']);
  });

  it('offers back a place the person doubts instead of taking it', async () => {
    for (const text of ['bihar sharif mein ya nalanda mein pakka nahi pata', 'Pune shayad', 'मुझे लगता है पटना, पक्का नहीं पता']) {
      await expect(resolvePlace(text)).resolves.toMatchObject({ kind: 'ambiguous' });
    }
  });

  it('takes the town when the person born near it accepts it, names their own, or was born in it', async () => {
    expect(await resolvedLabel('Moga ke paas ek pind hai, Moga hi likh lo')).toMatch(/^Moga, /);
    expect(await resolvedLabel('near Kanpur, just put Kanpur')).toMatch(/^Kanpur, /);
    expect(await resolvedLabel('पटना के पास नहीं, पटना शहर में ही')).toMatch(/^Patna, /);
    expect(await resolvedLabel('Baramati near Pune')).toMatch(/^Baramati, /);
    expect(await resolvedLabel('gaziabad, dilli ke paas')).toMatch(/^Ghaziabad, /);
    expect(await resolvedLabel('born in Pune')).toMatch(/^Pune, /);
    expect(await resolvedLabel('Mumbai, near the sea')).toMatch(/^Mumbai, /);
  });

  it('puts Hindi names through the namesake and sound-alike checks of their Latin spellings', async () => {
    expect(await labels('बिलासपुर')).toEqual(expect.arrayContaining(['Bilaspur, Chhattisgarh, India', 'Bilaspur, Himachal Pradesh, India']));
    expect(await labels('हमीरपुर')).toEqual(expect.arrayContaining(['Hamirpur, Uttar Pradesh, India', 'Hamirpur, Himachal Pradesh, India']));
    expect(await labels('बलरामपुर')).toEqual(expect.arrayContaining(['Balrampur, Uttar Pradesh, India', 'Balarampur, West Bengal, India']));
    expect(await resolvedLabel('बिलासपुर छत्तीसगढ़')).toBe('Bilaspur, Chhattisgarh, India');
    // Readings with and without the unspoken a are weighed by prominence: Satna, not the far smaller Satana.
    expect(await resolvedLabel('सतना')).toBe('Satna, Madhya Pradesh, India');
    expect(await resolvedLabel('satna')).toBe('Satna, Madhya Pradesh, India');
    // Banka is filed under Bhagalpur among its alternate names: not a town spoken alike.
    expect(await resolvedLabel('भागलपुर')).toBe('Bhagalpur, Bihar, India');
  });

  it('asks for the town when only a region within states is named, and lets it narrow a town', async () => {
    for (const [text, name] of [
      ['मालवा', 'Malwa'], ['malwa', 'Malwa'], ['marwar side', 'Marwar'], ['मेवाड़', 'Mewar'], ['bundelkhand se', 'Bundelkhand'],
      ['Doaba', 'Doaba'], ['konkan mein', 'Konkan'], ['विदर्भ', 'Vidarbha'], ['Marathwada', 'Marathwada'], ['सौराष्ट्र', 'Saurashtra'],
      ['awadh', 'Awadh'], ['पूर्वांचल', 'Purvanchal'], ['terai', 'Terai'], ['seemanchal', 'Seemanchal'],
    ]) {
      await expect(resolvePlace(text)).resolves.toMatchObject({ kind: 'region', region: { name, countryCode: 'IN' } });
    }
    expect(await resolvedLabel('Indore, Malwa')).toBe('Indore, Madhya Pradesh, India');
  });

  it('takes a near spelling of a town abroad only for a city of a million or with its country named', async () => {
    await expect(resolvePlace('मालवी')).resolves.toMatchObject({ kind: 'ambiguous', candidates: [{ countryCode: 'EG' }] });
    await expect(resolvePlace('वैंकूवर')).resolves.toMatchObject({ kind: 'ambiguous', candidates: [{ name: 'Vancouver' }] });
    // However large the city: a Hindi word that shares only consonants with one of its alternate names.
    await expect(resolvePlace('जानते')).resolves.toMatchObject({ kind: 'ambiguous' });
    expect(await resolvedLabel('वैंकूवर, कनाडा')).toBe('Vancouver, British Columbia, Canada');
    expect(await resolvedLabel('vancuver canada')).toBe('Vancouver, British Columbia, Canada');
  });

  it('asks about a town abroad that shares its name with a region people know, unless a state or country settles it', async () => {
    await expect(resolvePlace('born in Surrey')).resolves.toMatchObject({ kind: 'ambiguous', candidates: [{ name: 'Surrey', countryCode: 'CA' }] });
    expect(await resolvedLabel('Surrey, BC')).toBe('Surrey, British Columbia, Canada');
    await expect(resolvePlace('Surrey, England')).resolves.toMatchObject({ kind: 'region', region: { name: 'Surrey', countryCode: 'GB' } });
    await expect(resolvePlace('Surrey', { userCountry: 'GB' })).resolves.toMatchObject({ kind: 'region', region: { name: 'Surrey' } });
  });

  it('asks between Vijayapura (once Bijapur) and Bijapur in Chhattisgarh, and a state settles it', async () => {
    for (const text of ['Bijapur', 'bijapur, wahi mera janm sthaan hai', 'बीजापुर']) {
      await expect(resolvePlace(text)).resolves.toMatchObject({ kind: 'ambiguous', candidates: [{ name: 'Vijayapura' }, { name: 'Bijapur', region: 'Chhattisgarh' }] });
    }
    expect(await resolvedLabel('Bijapur, Karnataka')).toBe('Vijayapura, Karnataka, India');
    expect(await resolvedLabel('Bijapur Chhattisgarh')).toBe('Bijapur, Chhattisgarh, India');
  });
});
