/**
 * A desk location (loket) where citizens can walk in: a city office, a neighbourhood service point
 * or an Informatiepunt Digitale Overheid.
 */
export interface ServicePointDefinition {
  /** Stable code: municipality prefix plus location, e.g. 'UTR-STADSKANTOOR'. */
  readonly code: string;
  /** Dutch name shown to desk workers and citizens. */
  readonly name: string;
  /** The municipality (gemeente) the service point belongs to. */
  readonly municipality: string;
  /** Street and house number. */
  readonly address: string;
  /** Dutch postal code, "1234 AB". */
  readonly postalCode: string;
}

/**
 * Service points in all twelve provinces. The first two are the pilot locations
 * (Utrecht, Amersfoort). Addresses are the public city-hall/city-office addresses
 * as best known; check them before using this list outside demos and tests.
 */
export const SERVICE_POINTS: readonly ServicePointDefinition[] = [
  // --- Utrecht ---
  {
    code: 'UTR-STADSKANTOOR',
    name: 'Servicepunt Stadskantoor Utrecht',
    municipality: 'Utrecht',
    address: 'Stadsplateau 1',
    postalCode: '3521 AZ',
  },
  {
    code: 'AMF-STADHUIS',
    name: 'Servicepunt Stadhuis Amersfoort',
    municipality: 'Amersfoort',
    address: 'Stadhuisplein 1',
    postalCode: '3811 LM',
  },
  {
    code: 'UTR-IDO-NEUDE',
    name: 'Informatiepunt Digitale Overheid Bibliotheek Neude',
    municipality: 'Utrecht',
    address: 'Neude 11',
    postalCode: '3512 AE',
  },
  {
    code: 'NWG-STADSHUIS',
    name: 'Servicepunt Stadshuis Nieuwegein',
    municipality: 'Nieuwegein',
    address: 'Stadsplein 1',
    postalCode: '3431 LZ',
  },
  {
    code: 'ZST-GEMEENTEHUIS',
    name: 'Servicepunt Gemeentehuis Zeist',
    municipality: 'Zeist',
    address: 'Het Rond 1',
    postalCode: '3701 HS',
  },
  // --- Noord-Holland ---
  {
    code: 'AMS-STADHUIS',
    name: 'Servicepunt Stadhuis Amsterdam',
    municipality: 'Amsterdam',
    address: 'Amstel 1',
    postalCode: '1011 PN',
  },
  {
    code: 'AMS-IDO-OBA',
    name: 'Informatiepunt Digitale Overheid OBA Oosterdok',
    municipality: 'Amsterdam',
    address: 'Oosterdokskade 143',
    postalCode: '1011 DL',
  },
  {
    code: 'HLM-KLANTCENTRUM',
    name: 'Servicepunt Klantcentrum Haarlem',
    municipality: 'Haarlem',
    address: 'Zijlsingel 1',
    postalCode: '2013 DN',
  },
  {
    code: 'ALK-STADSKANTOOR',
    name: 'Servicepunt Stadskantoor Alkmaar',
    municipality: 'Alkmaar',
    address: 'Mallegatsplein 10',
    postalCode: '1815 AG',
  },
  // --- Zuid-Holland ---
  {
    code: 'RTD-STADHUIS',
    name: 'Servicepunt Stadhuis Rotterdam',
    municipality: 'Rotterdam',
    address: 'Coolsingel 40',
    postalCode: '3011 AD',
  },
  {
    code: 'RTD-IDO-CENTRALE',
    name: 'Informatiepunt Digitale Overheid Centrale Bibliotheek Rotterdam',
    municipality: 'Rotterdam',
    address: 'Hoogstraat 110',
    postalCode: '3011 PV',
  },
  {
    code: 'DHG-STADHUIS',
    name: 'Servicepunt Stadhuis Den Haag',
    municipality: 'Den Haag',
    address: 'Spui 70',
    postalCode: '2511 BT',
  },
  {
    code: 'LEI-STADHUIS',
    name: 'Servicepunt Stadhuis Leiden',
    municipality: 'Leiden',
    address: 'Stadhuisplein 1',
    postalCode: '2311 EJ',
  },
  {
    code: 'DOR-STADSKANTOOR',
    name: 'Servicepunt Stadskantoor Dordrecht',
    municipality: 'Dordrecht',
    address: 'Spuiboulevard 300',
    postalCode: '3311 GR',
  },
  {
    code: 'DLF-STADSKANTOOR',
    name: 'Servicepunt Stadskantoor Delft',
    municipality: 'Delft',
    address: 'Phoenixstraat 16',
    postalCode: '2611 AL',
  },
  {
    code: 'GDA-HUIS-VAN-DE-STAD',
    name: 'Servicepunt Huis van de Stad Gouda',
    municipality: 'Gouda',
    address: 'Burgemeester Jamessingel 1',
    postalCode: '2803 PV',
  },
  {
    code: 'ZTM-STADHUIS',
    name: 'Servicepunt Stadhuis Zoetermeer',
    municipality: 'Zoetermeer',
    address: 'Stadhuisplein 1',
    postalCode: '2711 EC',
  },
  // --- Groningen ---
  {
    code: 'GRO-STADSBALIE',
    name: 'Servicepunt Stadsbalie Groningen',
    municipality: 'Groningen',
    address: 'Kreupelstraat 1',
    postalCode: '9712 HW',
  },
  // --- Friesland ---
  {
    code: 'LWD-STADSKANTOOR',
    name: 'Servicepunt Stadskantoor Leeuwarden',
    municipality: 'Leeuwarden',
    address: 'Oldehoofsterkerkhof 2',
    postalCode: '8911 DH',
  },
  {
    code: 'HRV-GEMEENTEHUIS',
    name: 'Servicepunt Gemeentehuis Heerenveen',
    municipality: 'Heerenveen',
    address: 'Crackstraat 2',
    postalCode: '8441 ES',
  },
  // --- Drenthe ---
  {
    code: 'ASN-GEMEENTEHUIS',
    name: 'Servicepunt Gemeentehuis Assen',
    municipality: 'Assen',
    address: 'Noordersingel 33',
    postalCode: '9401 JW',
  },
  {
    code: 'EMN-GEMEENTEHUIS',
    name: 'Servicepunt Gemeentehuis Emmen',
    municipality: 'Emmen',
    address: 'Raadhuisplein 1',
    postalCode: '7811 AP',
  },
  {
    code: 'HGV-RAADHUIS',
    name: 'Servicepunt Raadhuis Hoogeveen',
    municipality: 'Hoogeveen',
    address: 'Raadhuisplein 1',
    postalCode: '7901 BP',
  },
  // --- Overijssel ---
  {
    code: 'ZWL-STADSKANTOOR',
    name: 'Servicepunt Stadskantoor Zwolle',
    municipality: 'Zwolle',
    address: 'Lübeckplein 2',
    postalCode: '8017 JZ',
  },
  {
    code: 'ENS-STADSKANTOOR',
    name: 'Servicepunt Stadskantoor Enschede',
    municipality: 'Enschede',
    address: 'Hengelosestraat 51',
    postalCode: '7514 AD',
  },
  {
    code: 'DEV-STADHUIS',
    name: 'Servicepunt Stadhuis Deventer',
    municipality: 'Deventer',
    address: 'Grote Kerkhof 4',
    postalCode: '7411 KT',
  },
  {
    code: 'KAM-STADHUIS',
    name: 'Servicepunt Stadhuis Kampen',
    municipality: 'Kampen',
    address: 'Burgemeester Berghuisplein 1',
    postalCode: '8261 DD',
  },
  // --- Flevoland ---
  {
    code: 'ALM-STADHUIS',
    name: 'Servicepunt Stadhuis Almere',
    municipality: 'Almere',
    address: 'Stadhuisplein 1',
    postalCode: '1315 HR',
  },
  {
    code: 'LLS-STADHUIS',
    name: 'Servicepunt Stadhuis Lelystad',
    municipality: 'Lelystad',
    address: 'Stadhuisplein 2',
    postalCode: '8232 ZX',
  },
  {
    code: 'DRO-GEMEENTEHUIS',
    name: 'Servicepunt Gemeentehuis Dronten',
    municipality: 'Dronten',
    address: 'De Rede 1',
    postalCode: '8251 EW',
  },
  // --- Gelderland ---
  {
    code: 'ARN-STADHUIS',
    name: 'Servicepunt Stadhuis Arnhem',
    municipality: 'Arnhem',
    address: 'Koningstraat 38',
    postalCode: '6811 DG',
  },
  {
    code: 'NIJ-STADSWINKEL',
    name: 'Servicepunt Stadswinkel Nijmegen',
    municipality: 'Nijmegen',
    address: 'Korte Nieuwstraat 6',
    postalCode: '6511 PP',
  },
  {
    code: 'APD-STADHUIS',
    name: 'Servicepunt Stadhuis Apeldoorn',
    municipality: 'Apeldoorn',
    address: 'Marktplein 1',
    postalCode: '7311 LC',
  },
  // --- Zeeland ---
  {
    code: 'MDB-STADSKANTOOR',
    name: 'Servicepunt Stadskantoor Middelburg',
    municipality: 'Middelburg',
    address: 'Kanaalweg 3',
    postalCode: '4337 PA',
  },
  {
    code: 'TNZ-STADHUIS',
    name: 'Servicepunt Stadhuis Terneuzen',
    municipality: 'Terneuzen',
    address: 'Stadhuisplein 1',
    postalCode: '4531 GZ',
  },
  // --- Noord-Brabant ---
  {
    code: 'DBS-STADSKANTOOR',
    name: "Servicepunt Stadskantoor 's-Hertogenbosch",
    municipality: "'s-Hertogenbosch",
    address: 'Wolvenhoek 1',
    postalCode: '5211 HH',
  },
  {
    code: 'EHV-STADHUIS',
    name: 'Servicepunt Stadhuis Eindhoven',
    municipality: 'Eindhoven',
    address: 'Stadhuisplein 1',
    postalCode: '5611 EM',
  },
  {
    code: 'TLB-STADSWINKEL',
    name: 'Servicepunt Stadswinkel Tilburg',
    municipality: 'Tilburg',
    address: 'Stadhuisplein 130',
    postalCode: '5038 TC',
  },
  {
    code: 'BRD-STADSKANTOOR',
    name: 'Servicepunt Stadskantoor Breda',
    municipality: 'Breda',
    address: 'Claudius Prinsenlaan 10',
    postalCode: '4811 DJ',
  },
  {
    code: 'HMD-BOSCOTONDO',
    name: 'Servicepunt Boscotondo Helmond',
    municipality: 'Helmond',
    address: 'Weg op den Heuvel 35',
    postalCode: '5701 NR',
  },
  // --- Limburg ---
  {
    code: 'MST-MOSAE-FORUM',
    name: 'Servicepunt Stadskantoor Maastricht',
    municipality: 'Maastricht',
    address: 'Mosae Forum 10',
    postalCode: '6211 DW',
  },
  {
    code: 'HRL-STADHUIS',
    name: 'Servicepunt Stadhuis Heerlen',
    municipality: 'Heerlen',
    address: 'Geleenstraat 27',
    postalCode: '6411 HP',
  },
  {
    code: 'VNL-STADSKANTOOR',
    name: 'Servicepunt Stadskantoor Venlo',
    municipality: 'Venlo',
    address: 'Hanzeplaats 1',
    postalCode: '5912 AT',
  },
  {
    code: 'RMD-STADHUIS',
    name: 'Servicepunt Stadhuis Roermond',
    municipality: 'Roermond',
    address: 'Markt 31',
    postalCode: '6041 EM',
  },
];
