/**
 * What the drafter knows of actors beyond the generated country table: the names news text uses
 * that the table lacks, seats of government that stand for their state, capitals too ambiguous to
 * count, and well-known leaders. Facts, kept as data: the engine that reads them is elsewhere.
 */

/** Names of countries that news text uses and world-countries does not list (or lists otherwise). */
export const EXTRA_NAMES: Readonly<Record<string, readonly string[]>> = {
  USA: ['US', 'U.S.', 'U.S.A.', 'America', 'United States', 'Washington'],
  GBR: ['Britain', 'U.K.'],
  RUS: ['Soviet Union', 'USSR', 'the Soviets'],
  TUR: ['Turkey'],
  CZE: ['Czech Republic'],
  NLD: ['the Netherlands'],
  COD: ['Congo', 'Democratic Republic of the Congo'],
  COG: ['Republic of the Congo', 'Congo-Brazzaville'],
  CIV: ["Côte d'Ivoire", 'Ivory Coast'],
  MMR: ['Burma'],
  PSE: ['Palestinian territories', 'Palestinian Authority', 'Gaza', 'West Bank'],
  TWN: ['Taiwan'],
  CHN: ["People's Republic of China", 'Beijing'],
  KOR: ['South Korea', 'Seoul'],
  PRK: ['North Korea', 'Pyongyang'],
  VAT: ['Vatican', 'Holy See'],
  ARE: ['UAE', 'Emirates'],
  SAU: ['Saudi'],
  IRN: ['Tehran'],
  VCT: ['St Vincent and the Grenadines', 'St. Vincent and the Grenadines', 'St Vincent', 'St. Vincent', 'Saint Vincent'],
  KNA: ['St Kitts and Nevis', 'St. Kitts and Nevis'],
  LCA: ['St Lucia', 'St. Lucia'],
  BIH: ['Bosnia'],
  BOL: ['Bolivia'],
  VEN: ['Venezuela'],
  SYR: ['Syria'],
  LAO: ['Laos'],
  VNM: ['Viet Nam'],
  MDA: ['Moldova'],
};

/** Demonyms the table lacks, and the people of a country in the plural. */
export const EXTRA_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  RUS: ['Soviet', 'Russians'],
  USA: ['Americans', 'US', 'U.S.'],
  SAU: ['Saudi', 'Saudis'],
  ARE: ['Emirati'],
  ISR: ['Israelis'],
  PSE: ['Palestinians'],
  UKR: ['Ukrainians'],
  VEN: ['Venezuelans'],
  GUY: ['Guyanese'],
  IRN: ['Iranians'],
  CHN: ['Chinese'],
  JPN: ['Japanese'],
  DEU: ['Germans'],
  FRA: ['French'],
  GBR: ['British', 'Britons'],
  KOR: ['South Koreans'],
  PRK: ['North Koreans'],
  IND: ['Indians'],
  PAK: ['Pakistanis'],
  ERI: ['Eritreans'],
  ETH: ['Ethiopians'],
  TWN: ['Taiwanese'],
  PHL: ['Philippine', 'Filipinos'],
  KAZ: ['Kazakh'],
  UZB: ['Uzbek'],
  KGZ: ['Kyrgyz'],
  TJK: ['Tajik'],
  ISL: ['Icelandic'],
  SVN: ['Slovenian'],
  BIH: ['Bosnian'],
  ECU: ['Ecuadorian'],
  CPV: ['Cape Verdean'],
  MDV: ['Maldivian'],
  DOM: ['Dominican'],
  LAO: ['Lao'],
  NPL: ['Nepali'],
  AFG: ['Afghans'],
  SYR: ['Syrians'],
  IRQ: ['Iraqis'],
};

/** Buildings and bodies that stand for their state in news text. */
export const SEATS: Readonly<Record<string, string>> = {
  Kremlin: 'RUS',
  'White House': 'USA',
  Pentagon: 'USA',
  'State Department': 'USA',
  'Foggy Bottom': 'USA',
  'Downing Street': 'GBR',
  Whitehall: 'GBR',
  'Foreign Office': 'GBR',
  'Élysée': 'FRA',
  Elysee: 'FRA',
  'Élysée Palace': 'FRA',
  "Quai d'Orsay": 'FRA',
  Zhongnanhai: 'CHN',
  'Blue House': 'KOR',
  Bundestag: 'DEU',
  Knesset: 'ISR',
  Duma: 'RUS',
};

/** Capitals that are too often something else to stand for their country on their own. */
export const AMBIGUOUS_CAPITALS = new Set([
  'Brussels', 'Georgetown', 'Kingston', 'Victoria', 'San José', 'Wellington', 'Vienna', 'Geneva', 'Hamilton', 'Santiago',
  'Washington, D.C.', 'City of San Marino', 'Monaco', 'Luxembourg', 'Singapore', 'Kuwait City', 'Djibouti', 'Panama City',
  'Guatemala City', 'Mexico City', 'Belize', 'Andorra la Vella', 'Vatican City', 'Male', 'Palikir', 'Saint George', "Saint John's",
]);

/**
 * Cities other than capitals where news happens: always places (a host, a target), never actors of
 * their own. Capitals come from the country table.
 */
export const CITIES: Readonly<Record<string, string>> = {
  Jeddah: 'SAU', Mecca: 'SAU', Dubai: 'ARE', 'Abu Dhabi': 'ARE', 'St. Petersburg': 'RUS', 'St Petersburg': 'RUS', 'Saint Petersburg': 'RUS',
  Sochi: 'RUS', Vladivostok: 'RUS', Kaliningrad: 'RUS', Shanghai: 'CHN', Guangzhou: 'CHN', 'Hong Kong': 'CHN', Istanbul: 'TUR', Antalya: 'TUR',
  Geneva: 'CHE', Davos: 'CHE', Munich: 'DEU', Hamburg: 'DEU', Milan: 'ITA', Barcelona: 'ESP', 'Los Angeles': 'USA',
  'San Francisco': 'USA', 'Camp David': 'USA', 'Mar-a-Lago': 'USA', Anchorage: 'USA', Alaska: 'USA', Hawaii: 'USA', Osaka: 'JPN', Hiroshima: 'JPN',
  Busan: 'KOR', Mumbai: 'IND', Karachi: 'PAK', Lahore: 'PAK', Alexandria: 'EGY', 'Sharm el-Sheikh': 'EGY', Sydney: 'AUS', Toronto: 'CAN',
  Vancouver: 'CAN', 'Rio de Janeiro': 'BRA', 'São Paulo': 'BRA', Johannesburg: 'ZAF', 'Cape Town': 'ZAF', Lagos: 'NGA', Mombasa: 'KEN',
  Benghazi: 'LBY', Aden: 'YEM', Hodeidah: 'YEM', Basra: 'IRQ', Mosul: 'IRQ', Aleppo: 'SYR', Kharkiv: 'UKR', Odesa: 'UKR', Odessa: 'UKR',
  Donetsk: 'UKR', Crimea: 'UKR', Bali: 'IDN', Almaty: 'KAZ', Rafah: 'PSE', 'Gaza City': 'PSE', Kashmir: 'IND', Salalah: 'OMN', Algiers: 'DZA',
};

/** Countries whose name is also a common first name or place: matched only where the context says country. */
export const AMBIGUOUS_NAMES: Readonly<Record<string, 'first-name' | 'us-state'>> = {
  Jordan: 'first-name',
  Chad: 'first-name',
  Georgia: 'us-state',
};

/** Well-known leaders and officials, by the names news text uses for them (facts, not rules). */
export const LEADERS: readonly { names: readonly string[]; actor: string; role: string; from?: string; to?: string }[] = [
  { names: ['Vladimir Putin', 'Putin'], actor: 'RUS', role: 'president' },
  { names: ['Sergei Lavrov', 'Lavrov'], actor: 'RUS', role: 'foreign minister' },
  { names: ['Dmitry Peskov', 'Peskov'], actor: 'RUS', role: 'Kremlin spokesman' },
  { names: ['Donald Trump', 'Trump'], actor: 'USA', role: 'president' },
  { names: ['Joe Biden', 'Biden'], actor: 'USA', role: 'president' },
  { names: ['Antony Blinken', 'Blinken'], actor: 'USA', role: 'secretary of state' },
  { names: ['Marco Rubio', 'Rubio'], actor: 'USA', role: 'secretary of state' },
  { names: ['Xi Jinping', 'Xi'], actor: 'CHN', role: 'president' },
  { names: ['Wang Yi'], actor: 'CHN', role: 'foreign minister' },
  { names: ['Kim Jong Un', 'Kim Jong-un', 'Kim Jong-Un'], actor: 'PRK', role: 'leader' },
  { names: ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Zelensky', 'Zelenskyy', 'Zelenskiy'], actor: 'UKR', role: 'president' },
  { names: ['Narendra Modi', 'Modi'], actor: 'IND', role: 'prime minister' },
  { names: ['Shehbaz Sharif'], actor: 'PAK', role: 'prime minister' },
  { names: ['Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan', 'Erdogan', 'Erdoğan'], actor: 'TUR', role: 'president' },
  { names: ['Benjamin Netanyahu', 'Netanyahu'], actor: 'ISR', role: 'prime minister' },
  { names: ['Ali Khamenei', 'Khamenei'], actor: 'IRN', role: 'supreme leader' },
  { names: ['Masoud Pezeshkian', 'Pezeshkian'], actor: 'IRN', role: 'president' },
  { names: ['Abbas Araghchi', 'Araghchi'], actor: 'IRN', role: 'foreign minister' },
  { names: ['Emmanuel Macron', 'Macron'], actor: 'FRA', role: 'president' },
  { names: ['Olaf Scholz', 'Scholz'], actor: 'DEU', role: 'chancellor' },
  { names: ['Friedrich Merz', 'Merz'], actor: 'DEU', role: 'chancellor' },
  { names: ['Keir Starmer', 'Starmer'], actor: 'GBR', role: 'prime minister' },
  { names: ['Rishi Sunak', 'Sunak'], actor: 'GBR', role: 'prime minister' },
  { names: ['Giorgia Meloni', 'Meloni'], actor: 'ITA', role: 'prime minister' },
  { names: ['Fumio Kishida', 'Kishida'], actor: 'JPN', role: 'prime minister' },
  { names: ['Shigeru Ishiba', 'Ishiba'], actor: 'JPN', role: 'prime minister' },
  { names: ['Shinzo Abe', 'Abe'], actor: 'JPN', role: 'prime minister' },
  { names: ['Yoon Suk Yeol', 'Yoon Suk-yeol', 'Yoon'], actor: 'KOR', role: 'president' },
  { names: ['Lee Jae-myung'], actor: 'KOR', role: 'president' },
  { names: ['Moon Jae-in'], actor: 'KOR', role: 'president' },
  { names: ['Nicolás Maduro', 'Nicolas Maduro', 'Maduro'], actor: 'VEN', role: 'president' },
  { names: ['Irfaan Ali'], actor: 'GUY', role: 'president' },
  { names: ['Luiz Inácio Lula da Silva', 'Lula'], actor: 'BRA', role: 'president' },
  { names: ['Javier Milei', 'Milei'], actor: 'ARG', role: 'president' },
  { names: ['Cyril Ramaphosa', 'Ramaphosa'], actor: 'ZAF', role: 'president' },
  { names: ['Abiy Ahmed', 'Abiy'], actor: 'ETH', role: 'prime minister' },
  { names: ['Isaias Afwerki', 'Isaias'], actor: 'ERI', role: 'president' },
  { names: ['Mohammed bin Salman', 'bin Salman'], actor: 'SAU', role: 'crown prince' },
  { names: ['King Salman'], actor: 'SAU', role: 'king' },
  { names: ['Alexander Lukashenko', 'Lukashenko'], actor: 'BLR', role: 'president' },
  { names: ['Viktor Orban', 'Viktor Orbán', 'Orban', 'Orbán'], actor: 'HUN', role: 'prime minister' },
  { names: ['Bola Tinubu', 'Tinubu'], actor: 'NGA', role: 'president' },
  { names: ['Anthony Albanese', 'Albanese'], actor: 'AUS', role: 'prime minister' },
  { names: ['Justin Trudeau', 'Trudeau'], actor: 'CAN', role: 'prime minister' },
  { names: ['Mark Carney', 'Carney'], actor: 'CAN', role: 'prime minister' },
  { names: ['Claudia Sheinbaum', 'Sheinbaum'], actor: 'MEX', role: 'president' },
  { names: ['Abdel Fattah al-Sisi', 'Sisi', 'el-Sisi'], actor: 'EGY', role: 'president' },
  { names: ['Bashar al-Assad', 'Assad'], actor: 'SYR', role: 'president' },
  { names: ['Antonio Guterres', 'António Guterres', 'Guterres'], actor: 'UN', role: 'secretary-general' },
  { names: ['Jens Stoltenberg', 'Stoltenberg'], actor: 'NATO', role: 'secretary general' },
  { names: ['Mark Rutte', 'Rutte'], actor: 'NLD', role: 'prime minister', to: '2024-09-30' },
  { names: ['Mark Rutte', 'Rutte'], actor: 'NATO', role: 'secretary general', from: '2024-10-01' },
  { names: ['Ursula von der Leyen', 'von der Leyen'], actor: 'EU', role: 'Commission president' },
  { names: ['Kim Jong Il'], actor: 'PRK', role: 'leader' },
];

/** Words of a title or role that, before a name, make its bearer an official of the country named with it. */
export const TITLE_WORDS = [
  'President', 'Vice President', 'Prime Minister', 'PM', 'Premier', 'Chancellor', 'King', 'Queen', 'Crown Prince', 'Prince', 'Emir',
  'Sultan', 'Supreme Leader', 'Foreign Minister', 'Defence Minister', 'Defense Minister', 'Defense Secretary', 'Defence Secretary',
  'Secretary of State', 'Foreign Secretary', 'Minister', 'Ambassador', 'ambassador', 'envoy', 'Envoy', 'General', 'Gen.', 'Admiral',
  'Secretary-General', 'Secretary General', 'Chairperson', 'Chairman', 'Commissioner', 'Senator', 'spokesman', 'spokeswoman',
  'spokesperson', 'leader', 'counterpart', 'dictator', 'despot', 'Commander', 'minister', 'adviser', 'advisor', 'President-elect',
];
