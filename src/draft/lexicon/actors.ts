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
  ARE: ['Emirati', 'Emiratis'],
  AZE: ['Azeri'],
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
  CPV: ['Cape Verdean', 'Cabo Verdean'],
  COM: ['Comorian', 'Comorians'],
  MDV: ['Maldivian'],
  DOM: ['Dominican'],
  LAO: ['Lao'],
  NPL: ['Nepali'],
  AFG: ['Afghans'],
  SYR: ['Syrians'],
  IRQ: ['Iraqis'],
  MKD: ['North Macedonian', 'North Macedonians'],
  TLS: ['Timorese'],
  KNA: ['Kittitian', 'Nevisian'],
  ATG: ['Antiguan'],
  TTO: ['Trinidadian', 'Tobagonian'],
  SSD: ['South Sudanese'],
};

/** Buildings and bodies that stand for their state in news text. */
export const SEATS: Readonly<Record<string, string>> = {
  Kremlin: 'RUS',
  // "Delhi's relations with Beijing": the city stands for India's government as New Delhi does.
  Delhi: 'IND',
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

/**
 * Other spellings of capitals and seats of government the country table does not give ("Kiev" before 2022,
 * "Teheran"), and capitals in all but name ("Kuala Lumpur", "Amsterdam"): they stand for their state as a capital does.
 */
export const OTHER_CAPITALS: Readonly<Record<string, string>> = {
  Kiev: 'UKR', Teheran: 'IRN', Berne: 'CHE', 'Ulan Bator': 'MNG', "Sana'a": 'YEM', 'Sana’a': 'YEM', Tarawa: 'KIR', 'South Tarawa': 'KIR',
  "Nuku'alofa": 'TON', 'Nuku’alofa': 'TON', Nukualofa: 'TON', 'Nur-Sultan': 'KAZ', Naypyitaw: 'MMR', 'Nay Pyi Taw': 'MMR',
  'Kuala Lumpur': 'MYS', Amsterdam: 'NLD', Yamoussoukro: 'CIV', 'Porto-Novo': 'BEN', Peking: 'CHN', Koror: 'PLW',
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
  Jeddah: 'SAU', Mecca: 'SAU', Dubai: 'ARE', 'St. Petersburg': 'RUS', 'St Petersburg': 'RUS', 'Saint Petersburg': 'RUS',
  Sochi: 'RUS', Vladivostok: 'RUS', Kaliningrad: 'RUS', Shanghai: 'CHN', Guangzhou: 'CHN', 'Hong Kong': 'CHN', Istanbul: 'TUR', Antalya: 'TUR',
  Geneva: 'CHE', Munich: 'DEU', Hamburg: 'DEU', Milan: 'ITA', Barcelona: 'ESP', 'Los Angeles': 'USA',
  'San Francisco': 'USA', 'Camp David': 'USA', 'Mar-a-Lago': 'USA', Anchorage: 'USA', Alaska: 'USA', Hawaii: 'USA', Osaka: 'JPN', Hiroshima: 'JPN',
  Busan: 'KOR', Mumbai: 'IND', Karachi: 'PAK', Lahore: 'PAK', Alexandria: 'EGY', 'Sharm el-Sheikh': 'EGY', Sydney: 'AUS', Toronto: 'CAN',
  Vancouver: 'CAN', 'Rio de Janeiro': 'BRA', 'São Paulo': 'BRA', Johannesburg: 'ZAF', 'Cape Town': 'ZAF', Lagos: 'NGA', Mombasa: 'KEN',
  Benghazi: 'LBY', Aden: 'YEM', Hodeidah: 'YEM', Basra: 'IRQ', Mosul: 'IRQ', Aleppo: 'SYR', Kharkiv: 'UKR', Odesa: 'UKR', Odessa: 'UKR',
  Donetsk: 'UKR', Crimea: 'UKR', Bali: 'IDN', Almaty: 'KAZ', Rafah: 'PSE', 'Gaza City': 'PSE', Kashmir: 'IND', Salalah: 'OMN', Algiers: 'DZA',
  Yangon: 'MMR', Mandalay: 'MMR', 'Ho Chi Minh City': 'VNM', 'Da Nang': 'VNM', Chittagong: 'BGD', Chattogram: 'BGD', Kandahar: 'AFG', Herat: 'AFG',
  Peshawar: 'PAK', Quetta: 'PAK', Chennai: 'IND', Kolkata: 'IND', Bengaluru: 'IND', Bangalore: 'IND', Tianjin: 'CHN', Shenzhen: 'CHN', Xiamen: 'CHN',
  Wuhan: 'CHN', Chengdu: 'CHN', Kyoto: 'JPN', Yokohama: 'JPN', Okinawa: 'JPN', Incheon: 'KOR', Cebu: 'PHL', Davao: 'PHL',
  Surabaya: 'IDN', Penang: 'MYS', Phuket: 'THA', 'Chiang Mai': 'THA', Melbourne: 'AUS', Brisbane: 'AUS', Auckland: 'NZL', Christchurch: 'NZL',
  Chicago: 'USA', Houston: 'USA', Miami: 'USA', Boston: 'USA', Seattle: 'USA', Montreal: 'CAN', Calgary: 'CAN',
  Guadalajara: 'MEX', Monterrey: 'MEX', Tijuana: 'MEX', Valparaiso: 'CHL', Valparaíso: 'CHL', Medellin: 'COL', Medellín: 'COL', Guayaquil: 'ECU',
  Maracaibo: 'VEN', Frankfurt: 'DEU', Cologne: 'DEU', Marseille: 'FRA', Lyon: 'FRA', Strasbourg: 'FRA', Bordeaux: 'FRA', Naples: 'ITA',
  Venice: 'ITA', Turin: 'ITA', Manchester: 'GBR', Glasgow: 'GBR', Edinburgh: 'GBR', Liverpool: 'GBR', Belfast: 'GBR', Rotterdam: 'NLD',
  Antwerp: 'BEL', Zurich: 'CHE', Lausanne: 'CHE', Gdansk: 'POL', Krakow: 'POL', Lviv: 'UKR', Zaporizhzhia: 'UKR',
  Kherson: 'UKR', Mariupol: 'UKR', Bakhmut: 'UKR', Sevastopol: 'UKR', Batumi: 'GEO', Samarkand: 'UZB', Bukhara: 'UZB', Mashhad: 'IRN',
  Isfahan: 'IRN', Tabriz: 'IRN', Erbil: 'IRQ', Najaf: 'IRQ', Homs: 'SYR', Idlib: 'SYR', Latakia: 'SYR', Haifa: 'ISR', 'Tel Aviv': 'ISR',
  Eilat: 'ISR', 'Khan Younis': 'PSE', Ramallah: 'PSE', Jenin: 'PSE', 'Port Sudan': 'SDN', Omdurman: 'SDN', 'El Fasher': 'SDN', Goma: 'COD',
  Lubumbashi: 'COD', Kisangani: 'COD', Durban: 'ZAF', Kano: 'NGA', 'Dar es Salaam': 'TZA', Arusha: 'TZA', Douala: 'CMR',
  Casablanca: 'MAR', Marrakech: 'MAR', Tangier: 'MAR', Oran: 'DZA', Tobruk: 'LBY', Misrata: 'LBY', Sirte: 'LBY', Jeju: 'KOR',
};

/** Countries whose name is also a common first name or place: matched only where the context says country. */
export const AMBIGUOUS_NAMES: Readonly<Record<string, 'first-name' | 'us-state'>> = {
  Jordan: 'first-name',
  Chad: 'first-name',
  Georgia: 'us-state',
};

/**
 * Well-known leaders and officials, by the names news text uses for them (facts, not rules). One per line:
 * the names (`|` between them), the actor, the role, and where the office is dated, its first and last day
 * (`;` between the fields); lines starting with `#` are headings. A table, not objects, to keep the worker small.
 */
const LEADER_TABLE = `
Vladimir Putin|Putin;RUS;president
Sergei Lavrov|Lavrov;RUS;foreign minister
Dmitry Peskov|Peskov;RUS;Kremlin spokesman
Donald Trump|Trump;USA;president
Joe Biden|Biden;USA;president
Antony Blinken|Blinken;USA;secretary of state
Marco Rubio|Rubio;USA;secretary of state
Xi Jinping|Xi;CHN;president
Wang Yi;CHN;foreign minister
Kim Jong Un|Kim Jong-un|Kim Jong-Un;PRK;leader
Volodymyr Zelensky|Volodymyr Zelenskyy|Zelensky|Zelenskyy|Zelenskiy;UKR;president
Narendra Modi|Modi;IND;prime minister
Shehbaz Sharif;PAK;prime minister
Recep Tayyip Erdogan|Recep Tayyip Erdoğan|Erdogan|Erdoğan;TUR;president
Benjamin Netanyahu|Netanyahu;ISR;prime minister
Ali Khamenei|Khamenei;IRN;supreme leader
Masoud Pezeshkian|Pezeshkian;IRN;president
Abbas Araghchi|Araghchi;IRN;foreign minister
Emmanuel Macron|Macron;FRA;president
Olaf Scholz|Scholz;DEU;chancellor
Friedrich Merz|Merz;DEU;chancellor
Keir Starmer|Starmer;GBR;prime minister
Rishi Sunak|Sunak;GBR;prime minister
Giorgia Meloni|Meloni;ITA;prime minister
Fumio Kishida|Kishida;JPN;prime minister
Shigeru Ishiba|Ishiba;JPN;prime minister
Shinzo Abe|Abe;JPN;prime minister
Yoon Suk Yeol|Yoon Suk-yeol|Yoon;KOR;president
Lee Jae-myung;KOR;president
Moon Jae-in;KOR;president
Nicolás Maduro|Nicolas Maduro|Maduro;VEN;president
Irfaan Ali;GUY;president
Luiz Inácio Lula da Silva|Lula;BRA;president
Javier Milei|Milei;ARG;president
Cyril Ramaphosa|Ramaphosa;ZAF;president
Abiy Ahmed|Abiy;ETH;prime minister
Isaias Afwerki|Isaias;ERI;president
Mohammed bin Salman|bin Salman;SAU;crown prince
King Salman;SAU;king
Alexander Lukashenko|Lukashenko|Alyaksandr Lukashenka|Aliaksandr Lukashenka|Lukashenka;BLR;president
Viktor Orban|Viktor Orbán|Orban|Orbán;HUN;prime minister
Bola Tinubu|Tinubu;NGA;president
Anthony Albanese|Albanese;AUS;prime minister
Justin Trudeau|Trudeau;CAN;prime minister
Mark Carney|Carney;CAN;prime minister
Claudia Sheinbaum|Sheinbaum;MEX;president
Abdel Fattah al-Sisi|Sisi|el-Sisi;EGY;president
Bashar al-Assad|Assad;SYR;president
Antonio Guterres|António Guterres|Guterres;UN;secretary-general
Jens Stoltenberg|Stoltenberg;NOR;prime minister;;2014-09-30
Jens Stoltenberg|Stoltenberg;NATO;secretary general;2014-10-01;2024-09-30
Jens Stoltenberg|Stoltenberg;NOR;finance minister;2024-10-01
Mark Rutte|Rutte;NLD;prime minister;;2024-09-30
Mark Rutte|Rutte;NATO;secretary general;2024-10-01
Ursula von der Leyen|von der Leyen;EU;Commission president
Kim Jong Il;PRK;leader
# Heads of state and government and foreign ministers of the last fifteen years, as the news names them
# (a surname alone only where it names no one else in the news).
Barack Obama|Obama;USA;president
Mike Pompeo|Pompeo;USA;secretary of state
Rex Tillerson|Tillerson;USA;secretary of state
John Kerry;USA;secretary of state
Dmitry Medvedev|Medvedev;RUS;president
Sergei Shoigu|Shoigu;RUS;defence minister
Li Qiang;CHN;premier
Li Keqiang;CHN;premier
Hu Jintao;CHN;president
François Hollande|Francois Hollande|Hollande;FRA;president
Nicolas Sarkozy|Sarkozy;FRA;president
Angela Merkel|Merkel;DEU;chancellor
Frank-Walter Steinmeier|Steinmeier;DEU;president
David Cameron;GBR;prime minister
Nancy Pelosi|Pelosi;USA;house speaker
Kevin McCarthy;USA;house speaker
John Boehner|Boehner;USA;house speaker
Boris Johnson;GBR;prime minister
Theresa May;GBR;prime minister
Liz Truss;GBR;prime minister
Petro Poroshenko|Poroshenko;UKR;president
Dmytro Kuleba|Kuleba;UKR;foreign minister
Mevlut Cavusoglu|Mevlüt Çavuşoğlu|Cavusoglu|Çavuşoğlu;TUR;foreign minister
Hakan Fidan;TUR;foreign minister
Hassan Rouhani|Rouhani;IRN;president
Ebrahim Raisi|Raisi;IRN;president
Javad Zarif|Mohammad Javad Zarif|Zarif;IRN;foreign minister
Naftali Bennett;ISR;prime minister
Yair Lapid|Lapid;ISR;prime minister
Isaac Herzog;ISR;president
Manmohan Singh;IND;prime minister
Subrahmanyam Jaishankar|S. Jaishankar|Jaishankar;IND;external affairs minister
Imran Khan;PAK;prime minister
Nawaz Sharif;PAK;prime minister
Yoshihide Suga;JPN;prime minister
Park Geun-hye;KOR;president
Rodrigo Duterte|Duterte;PHL;president
Ferdinand Marcos Jr.|Ferdinand Marcos Jr|Marcos;PHL;president
Joko Widodo|Widodo|Jokowi;IDN;president
Prabowo Subianto|Prabowo;IDN;president
Jair Bolsonaro|Bolsonaro;BRA;president
Dilma Rousseff|Rousseff;BRA;president
Hugo Chávez|Hugo Chavez|Chávez|Chavez;VEN;president
Raúl Castro|Raul Castro|Fidel Castro;CUB;president
Miguel Díaz-Canel|Miguel Diaz-Canel|Díaz-Canel|Diaz-Canel;CUB;president
Andrés Manuel López Obrador|Andres Manuel Lopez Obrador|López Obrador|Lopez Obrador;MEX;president
Gustavo Petro;COL;president
Tamim bin Hamad Al Thani|Sheikh Tamim;QAT;emir
Mohamed bin Zayed|Mohammed bin Zayed;ARE;president
Ahmed al-Sharaa|al-Sharaa;SYR;president
Muhammadu Buhari|Buhari;NGA;president
William Ruto|Ruto;KEN;president
Uhuru Kenyatta|Kenyatta;KEN;president
Jacob Zuma|Zuma;ZAF;president
Paul Kagame|Kagame;RWA;president
Félix Tshisekedi|Felix Tshisekedi|Tshisekedi;COD;president
Malcolm Turnbull|Turnbull;AUS;prime minister
Scott Morrison;AUS;prime minister
Jacinda Ardern|Ardern;NZL;prime minister
Andrzej Duda|Duda;POL;president
Donald Tusk|Tusk;POL;prime minister
Aleksandar Vučić|Aleksandar Vucic|Vučić|Vucic;SRB;president
Kassym-Jomart Tokayev|Tokayev;KAZ;president
Nursultan Nazarbayev|Nazarbayev;KAZ;president
Ilham Aliyev|Aliyev;AZE;president
Nikol Pashinyan|Pashinyan;ARM;prime minister
Alexis Tsipras|Tsipras;GRC;prime minister
Kyriakos Mitsotakis|Mitsotakis;GRC;prime minister
Josep Borrell|Borrell;EU;foreign policy chief
Ban Ki-moon;UN;secretary-general
# Europe, 2015 to 2025: heads of state and government, foreign and some defence ministers (names news text uses).
Heinz Fischer;AUT;president
Alexander Van der Bellen|Van der Bellen;AUT;president
Werner Faymann|Faymann;AUT;chancellor
Christian Kern;AUT;chancellor
Sebastian Kurz;AUT;chancellor
Brigitte Bierlein;AUT;chancellor
Alexander Schallenberg|Schallenberg;AUT;chancellor
Karl Nehammer|Nehammer;AUT;chancellor
Christian Stocker;AUT;chancellor
Karin Kneissl|Kneissl;AUT;foreign minister
Michael Linhart;AUT;foreign minister
Beate Meinl-Reisinger|Meinl-Reisinger;AUT;foreign minister
King Philippe;BEL;king
Sophie Wilmès|Sophie Wilmes|Wilmès;BEL;prime minister
Alexander De Croo|De Croo;BEL;prime minister
Bart De Wever|De Wever;BEL;prime minister
Charles Michel;BEL;prime minister;;2019-11-30
Charles Michel;EU;European Council president;2019-12-01;2024-11-30
Didier Reynders;BEL;foreign minister
Hadja Lahbib;BEL;foreign minister
Maxime Prévot;BEL;foreign minister
Rosen Plevneliev|Plevneliev;BGR;president
Rumen Radev;BGR;president
Boyko Borissov|Boyko Borisov;BGR;prime minister
Ognyan Gerdzhikov;BGR;prime minister
Stefan Yanev;BGR;prime minister
Kiril Petkov;BGR;prime minister
Galab Donev;BGR;prime minister
Nikolai Denkov|Nikolay Denkov;BGR;prime minister
Dimitar Glavchev;BGR;prime minister
Rosen Zhelyazkov;BGR;prime minister
Daniel Mitov;BGR;foreign minister
Ekaterina Zaharieva;BGR;foreign minister
Teodora Genchovska;BGR;foreign minister
Ivan Kondov;BGR;foreign minister
Mariya Gabriel;BGR;foreign minister
Georg Georgiev;BGR;foreign minister
Kolinda Grabar-Kitarović|Grabar-Kitarović|Kolinda Grabar-Kitarovic;HRV;president
Zoran Milanović;HRV;president
Tihomir Orešković;HRV;prime minister
Andrej Plenković|Plenković;HRV;prime minister
Vesna Pusić;HRV;foreign minister
Miro Kovač;HRV;foreign minister
Davor Ivo Stier;HRV;foreign minister
Marija Pejčinović Burić;HRV;foreign minister
Gordan Grlić Radman;HRV;foreign minister
Nicos Anastasiades|Nikos Anastasiades|Anastasiades;CYP;president
Nikos Christodoulides|Nicos Christodoulides|Christodoulides;CYP;president
Ioannis Kasoulides|Kasoulides;CYP;foreign minister
Constantinos Kombos;CYP;foreign minister
Miloš Zeman;CZE;president
Petr Pavel;CZE;president
Bohuslav Sobotka;CZE;prime minister
Andrej Babiš|Babiš;CZE;prime minister
Petr Fiala;CZE;prime minister
Lubomír Zaorálek|Zaorálek;CZE;foreign minister
Martin Stropnický;CZE;foreign minister
Tomáš Petříček;CZE;foreign minister
Jakub Kulhánek;CZE;foreign minister
Jan Lipavský|Lipavský;CZE;foreign minister
Queen Margrethe|Queen Margrethe II;DNK;queen
King Frederik|King Frederik X;DNK;king
Lars Løkke Rasmussen|Lars Lokke Rasmussen|Løkke Rasmussen|Lokke Rasmussen;DNK;prime minister
Helle Thorning-Schmidt|Thorning-Schmidt;DNK;prime minister
Mette Frederiksen;DNK;prime minister
Martin Lidegaard;DNK;foreign minister
Kristian Jensen;DNK;foreign minister
Anders Samuelsen;DNK;foreign minister
Jeppe Kofod;DNK;foreign minister
Toomas Hendrik Ilves;EST;president
Kersti Kaljulaid|Kaljulaid;EST;president
Alar Karis;EST;president
Taavi Rõivas;EST;prime minister
Jüri Ratas;EST;prime minister
Kaja Kallas|Kallas;EST;prime minister;;2024-11-30
Kaja Kallas|Kallas;EU;foreign policy chief;2024-12-01
Kristen Michal;EST;prime minister
Keit Pentus-Rosimannus;EST;foreign minister
Marina Kaljurand;EST;foreign minister
Sven Mikser;EST;foreign minister
Urmas Reinsalu|Reinsalu;EST;foreign minister
Eva-Maria Liimets;EST;foreign minister
Margus Tsahkna|Tsahkna;EST;foreign minister
Sauli Niinistö|Niinistö;FIN;president
Alexander Stubb|Stubb;FIN;president
Juha Sipilä|Sipilä;FIN;prime minister
Antti Rinne;FIN;prime minister
Sanna Marin;FIN;prime minister
Petteri Orpo|Orpo;FIN;prime minister
Erkki Tuomioja;FIN;foreign minister
Timo Soini;FIN;foreign minister
Pekka Haavisto|Haavisto;FIN;foreign minister
Elina Valtonen;FIN;foreign minister
Manuel Valls|Valls;FRA;prime minister
Bernard Cazeneuve|Cazeneuve;FRA;prime minister
Édouard Philippe|Edouard Philippe;FRA;prime minister
Jean Castex|Castex;FRA;prime minister
Élisabeth Borne|Elisabeth Borne;FRA;prime minister
Gabriel Attal|Attal;FRA;prime minister
Michel Barnier|Barnier;FRA;prime minister;2021-04-01
Michel Barnier|Barnier;EU;Brexit negotiator;2016-07-27;2021-03-31
François Bayrou|Francois Bayrou|Bayrou;FRA;prime minister
Sébastien Lecornu|Sebastien Lecornu|Lecornu;FRA;prime minister
Laurent Fabius|Fabius;FRA;foreign minister
Jean-Marc Ayrault|Ayrault;FRA;foreign minister
Jean-Yves Le Drian|Le Drian;FRA;foreign minister
Catherine Colonna;FRA;foreign minister
Stéphane Séjourné|Stephane Sejourne|Séjourné;FRA;foreign minister
Jean-Noël Barrot|Jean-Noel Barrot|Barrot;FRA;foreign minister
Joachim Gauck|Gauck;DEU;president
Sigmar Gabriel;DEU;foreign minister
Heiko Maas;DEU;foreign minister
Annalena Baerbock|Baerbock;DEU;foreign minister
Johann Wadephul|Wadephul;DEU;foreign minister
Boris Pistorius;DEU;defence minister
Annegret Kramp-Karrenbauer|Kramp-Karrenbauer;DEU;defence minister
Christine Lambrecht;DEU;defence minister
Prokopis Pavlopoulos|Pavlopoulos;GRC;president
Katerina Sakellaropoulou|Sakellaropoulou;GRC;president
Konstantinos Tasoulas|Tasoulas;GRC;president
Antonis Samaras|Samaras;GRC;prime minister
Vassiliki Thanou-Christophilou|Vassiliki Thanou;GRC;prime minister
Ioannis Sarmas;GRC;prime minister
Nikos Kotzias|Kotzias;GRC;foreign minister
Giorgos Katrougalos|George Katrougalos|Katrougalos;GRC;foreign minister
Nikos Dendias|Dendias;GRC;foreign minister
Giorgos Gerapetritis|George Gerapetritis|Gerapetritis;GRC;foreign minister
János Áder|Áder;HUN;president
Katalin Novák;HUN;president
Tamás Sulyok|Sulyok;HUN;president
Péter Szijjártó|Szijjártó;HUN;foreign minister
Michael D. Higgins|Michael D Higgins;IRL;president
Catherine Connolly;IRL;president
Enda Kenny;IRL;prime minister
Leo Varadkar|Varadkar;IRL;prime minister
Micheál Martin|Micheal Martin;IRL;prime minister
Simon Harris;IRL;prime minister
Charles Flanagan;IRL;foreign minister
Simon Coveney|Coveney;IRL;foreign minister
Helen McEntee;IRL;foreign minister
Sergio Mattarella|Mattarella;ITA;president
Giorgio Napolitano;ITA;president
Matteo Renzi|Renzi;ITA;prime minister
Paolo Gentiloni|Gentiloni;ITA;prime minister;;2019-11-30
Giuseppe Conte;ITA;prime minister
Mario Draghi;ITA;prime minister;2019-11-01
Angelino Alfano|Alfano;ITA;foreign minister
Enzo Moavero Milanesi|Moavero Milanesi;ITA;foreign minister
Luigi Di Maio|Di Maio;ITA;foreign minister
Antonio Tajani|Tajani;ITA;foreign minister;2019-07-03
Antonio Tajani|Tajani;EU;European Parliament president;2017-01-17;2019-07-02
Andris Bērziņš;LVA;president
Raimonds Vējonis|Vējonis;LVA;president
Egils Levits;LVA;president
Edgars Rinkēvičs|Rinkēvičs;LVA;president
Laimdota Straujuma|Straujuma;LVA;prime minister
Māris Kučinskis|Kučinskis;LVA;prime minister
Krišjānis Kariņš|Kariņš;LVA;prime minister
Evika Siliņa|Siliņa;LVA;prime minister
Baiba Braže;LVA;foreign minister
Dalia Grybauskaitė|Grybauskaitė;LTU;president
Gitanas Nausėda|Nausėda;LTU;president
Algirdas Butkevičius|Butkevičius;LTU;prime minister
Saulius Skvernelis|Skvernelis;LTU;prime minister
Ingrida Šimonytė|Šimonytė;LTU;prime minister
Gintautas Paluckas;LTU;prime minister
Inga Ruginienė;LTU;prime minister
Linas Linkevičius|Linkevičius;LTU;foreign minister
Gabrielius Landsbergis|Landsbergis;LTU;foreign minister
Kęstutis Budrys;LTU;foreign minister
Grand Duke Henri;LUX;grand duke
Grand Duke Guillaume;LUX;grand duke
Xavier Bettel|Bettel;LUX;prime minister
Luc Frieden;LUX;prime minister
Jean Asselborn|Asselborn;LUX;foreign minister
Jean-Claude Juncker|Juncker;EU;Commission president
Federica Mogherini|Mogherini;EU;foreign policy chief
António Costa|Antonio Costa;EU;European Council president;2024-12-01
António Costa|Antonio Costa;PRT;prime minister;;2024-11-30
Marie-Louise Coleiro Preca;MLT;president
George Vella;MLT;president
Myriam Spiteri Debono;MLT;president
Joseph Muscat;MLT;prime minister
Robert Abela;MLT;prime minister
Carmelo Abela;MLT;foreign minister
Evarist Bartolo;MLT;foreign minister
Ian Borg;MLT;foreign minister
King Willem-Alexander|Willem-Alexander;NLD;king
Dick Schoof|Schoof;NLD;prime minister
Bert Koenders|Koenders;NLD;foreign minister
Halbe Zijlstra|Zijlstra;NLD;foreign minister
Stef Blok;NLD;foreign minister
Sigrid Kaag|Kaag;NLD;foreign minister
Wopke Hoekstra;NLD;foreign minister
Hanke Bruins Slot;NLD;foreign minister
Caspar Veldkamp|Veldkamp;NLD;foreign minister
David van Weel;NLD;foreign minister
Bronisław Komorowski|Bronislaw Komorowski|Komorowski;POL;president
Karol Nawrocki|Nawrocki;POL;president
Ewa Kopacz|Kopacz;POL;prime minister
Beata Szydło|Beata Szydlo|Szydło|Szydlo;POL;prime minister
Mateusz Morawiecki|Morawiecki;POL;prime minister
Grzegorz Schetyna|Schetyna;POL;foreign minister
Witold Waszczykowski|Waszczykowski;POL;foreign minister
Jacek Czaputowicz|Czaputowicz;POL;foreign minister
Zbigniew Rau;POL;foreign minister
Radosław Sikorski|Radoslaw Sikorski|Sikorski;POL;foreign minister
Aníbal Cavaco Silva|Cavaco Silva;PRT;president
Marcelo Rebelo de Sousa|Rebelo de Sousa;PRT;president
Pedro Passos Coelho|Passos Coelho;PRT;prime minister
Luís Montenegro;PRT;prime minister
Augusto Santos Silva;PRT;foreign minister
João Gomes Cravinho;PRT;foreign minister
Paulo Rangel;PRT;foreign minister
Klaus Iohannis|Iohannis;ROU;president
Nicușor Dan|Nicusor Dan|Nicuşor Dan;ROU;president
Victor Ponta;ROU;prime minister
Dacian Cioloș|Dacian Cioloş|Cioloș|Cioloş;ROU;prime minister
Sorin Grindeanu|Grindeanu;ROU;prime minister
Mihai Tudose;ROU;prime minister
Viorica Dăncilă|Dăncilă;ROU;prime minister
Ludovic Orban;ROU;prime minister
Florin Cîțu|Florin Cîţu|Florin Citu;ROU;prime minister
Nicolae Ciucă|Ciucă;ROU;prime minister
Marcel Ciolacu|Ciolacu;ROU;prime minister
Ilie Bolojan|Bolojan;ROU;prime minister
Bogdan Aurescu|Aurescu;ROU;foreign minister
Teodor Meleșcanu|Teodor Meleşcanu|Meleșcanu|Meleşcanu;ROU;foreign minister
Luminița Odobescu|Luminiţa Odobescu;ROU;foreign minister
Oana Țoiu|Oana Ţoiu|Oana Toiu;ROU;foreign minister
Andrej Kiska|Kiska;SVK;president
Zuzana Čaputová|Čaputová;SVK;president
Peter Pellegrini;SVK;president
Robert Fico|Fico;SVK;prime minister
Igor Matovič|Matovič;SVK;prime minister
Eduard Heger;SVK;prime minister
Ľudovít Ódor;SVK;prime minister
Miroslav Lajčák|Lajčák;SVK;foreign minister
Ivan Korčok|Korčok;SVK;foreign minister
Rastislav Káčer;SVK;foreign minister
Juraj Blanár|Blanár;SVK;foreign minister
Borut Pahor|Pahor;SVN;president
Nataša Pirc Musar|Pirc Musar;SVN;president
Miro Cerar;SVN;prime minister
Marjan Šarec|Šarec;SVN;prime minister
Janez Janša|Janša;SVN;prime minister
Robert Golob|Golob;SVN;prime minister
Karl Erjavec|Erjavec;SVN;foreign minister
Anže Logar;SVN;foreign minister
Tanja Fajon|Fajon;SVN;foreign minister
King Felipe|King Felipe VI|Felipe VI;ESP;king
Mariano Rajoy|Rajoy;ESP;prime minister
Pedro Sánchez;ESP;prime minister
José Manuel García-Margallo|García-Margallo;ESP;foreign minister
Alfonso Dastis|Dastis;ESP;foreign minister
Arancha González Laya;ESP;foreign minister
José Manuel Albares|Albares;ESP;foreign minister
King Carl XVI Gustaf|Carl XVI Gustaf;SWE;king
Stefan Löfven|Löfven;SWE;prime minister
Magdalena Andersson;SWE;prime minister
Ulf Kristersson|Kristersson;SWE;prime minister
Margot Wallström|Wallström;SWE;foreign minister
Ann Linde;SWE;foreign minister
Tobias Billström|Billström;SWE;foreign minister
Maria Malmer Stenergard;SWE;foreign minister
King Charles|King Charles III;GBR;king
Queen Elizabeth|Queen Elizabeth II;GBR;queen
Philip Hammond;GBR;foreign secretary
Jeremy Hunt;GBR;foreign secretary
Dominic Raab|Raab;GBR;foreign secretary
James Cleverly;GBR;foreign secretary
David Lammy|Lammy;GBR;foreign secretary
Yvette Cooper;GBR;foreign secretary
Ben Wallace;GBR;defence secretary
Grant Shapps|Shapps;GBR;defence secretary
John Healey;GBR;defence secretary
King Harald|King Harald V;NOR;king
Erna Solberg;NOR;prime minister
Jonas Gahr Støre|Jonas Gahr Store|Gahr Støre|Støre;NOR;prime minister
Børge Brende|Borge Brende;NOR;foreign minister
Ine Eriksen Søreide|Ine Eriksen Soreide;NOR;foreign minister
Anniken Huitfeldt|Huitfeldt;NOR;foreign minister
Espen Barth Eide;NOR;foreign minister
Simonetta Sommaruga;CHE;president
Johann Schneider-Ammann;CHE;president
Doris Leuthard;CHE;president
Alain Berset;CHE;president;;2024-09-17
Ueli Maurer;CHE;president
Guy Parmelin;CHE;president
Viola Amherd;CHE;president
Karin Keller-Sutter|Keller-Sutter;CHE;president
Didier Burkhalter|Burkhalter;CHE;foreign minister
Ignazio Cassis;CHE;foreign minister
Ólafur Ragnar Grímsson;ISL;president
Guðni Th. Jóhannesson|Gudni Johannesson|Gudni Th. Johannesson;ISL;president
Halla Tómasdóttir;ISL;president
Sigmundur Davíð Gunnlaugsson|Sigmundur David Gunnlaugsson;ISL;prime minister
Sigurður Ingi Jóhannsson|Sigurdur Ingi Johannsson;ISL;prime minister
Bjarni Benediktsson;ISL;prime minister
Katrín Jakobsdóttir;ISL;prime minister
Kristrún Frostadóttir;ISL;prime minister
Prince Hans-Adam II;LIE;prince
Hereditary Prince Alois;LIE;hereditary prince
Adrian Hasler;LIE;prime minister
Daniel Risch;LIE;prime minister
Brigitte Haas;LIE;prime minister
Prince Albert II|Albert II of Monaco;MCO;prince
Serge Telle;MCO;minister of state
Pierre Dartout;MCO;minister of state
Antoni Martí;AND;head of government
Xavier Espot Zamora|Xavier Espot;AND;head of government
Pope Francis;VAT;pope
Pope Benedict XVI|Pope Benedict;VAT;pope
Pope Leo XIV|Pope Leo;VAT;pope
Pietro Parolin|Cardinal Parolin;VAT;secretary of state
Bujar Nishani;ALB;president
Ilir Meta;ALB;president
Bajram Begaj;ALB;president
Edi Rama;ALB;prime minister
Ditmir Bushati;ALB;foreign minister
Gent Cakaj;ALB;foreign minister
Olta Xhaçka|Olta Xhacka;ALB;foreign minister
Igli Hasani;ALB;foreign minister
Gjorge Ivanov;MKD;president
Stevo Pendarovski|Pendarovski;MKD;president
Gordana Siljanovska-Davkova|Siljanovska-Davkova;MKD;president
Nikola Gruevski|Gruevski;MKD;prime minister
Zoran Zaev|Zaev;MKD;prime minister
Oliver Spasovski;MKD;prime minister
Dimitar Kovačevski;MKD;prime minister
Talat Xhaferi;MKD;prime minister
Hristijan Mickoski|Mickoski;MKD;prime minister
Nikola Poposki;MKD;foreign minister
Nikola Dimitrov;MKD;foreign minister
Bujar Osmani;MKD;foreign minister
Timčo Mucunski;MKD;foreign minister
Filip Vujanović;MNE;president
Milo Đukanović|Milo Djukanovic|Milo Dukanovic|Đukanović|Djukanovic;MNE;president
Jakov Milatović|Milatović;MNE;president
Duško Marković;MNE;prime minister
Zdravko Krivokapić|Krivokapić;MNE;prime minister
Dritan Abazović|Abazović;MNE;prime minister
Milojko Spajić;MNE;prime minister
Tomislav Nikolić;SRB;president
Ana Brnabić|Brnabić;SRB;prime minister
Miloš Vučević;SRB;prime minister
Đuro Macut|Djuro Macut;SRB;prime minister
Ivica Dačić|Dačić;SRB;foreign minister
Nikola Selaković;SRB;foreign minister
Marko Đurić|Marko Djuric;SRB;foreign minister
Bakir Izetbegović|Bakir Izetbegovic;BIH;presidency member
Mladen Ivanić;BIH;presidency member
Dragan Čović;BIH;presidency member
Šefik Džaferović;BIH;presidency member
Milorad Dodik;BIH;presidency member
Željko Komšić;BIH;presidency member
Denis Bećirović;BIH;presidency member
Željka Cvijanović;BIH;presidency member
Denis Zvizdić;BIH;council of ministers chair
Zoran Tegeltija;BIH;council of ministers chair
Borjana Krišto;BIH;council of ministers chair
Igor Crnadak;BIH;foreign minister
Bisera Turković;BIH;foreign minister
Elmedin Konaković;BIH;foreign minister
Atifete Jahjaga;XKX;president
Hashim Thaçi|Hashim Thaci|Thaçi;XKX;president
Vjosa Osmani;XKX;president
Isa Mustafa;XKX;prime minister
Ramush Haradinaj|Haradinaj;XKX;prime minister
Albin Kurti|Kurti;XKX;prime minister
Avdullah Hoti;XKX;prime minister
Donika Gërvalla-Schwarz|Donika Gervalla;XKX;foreign minister
Nicolae Timofti;MDA;president
Igor Dodon|Dodon;MDA;president
Maia Sandu;MDA;president
Chiril Gaburici;MDA;prime minister
Valeriu Streleț;MDA;prime minister
Pavel Filip;MDA;prime minister
Ion Chicu;MDA;prime minister
Natalia Gavrilița|Natalia Gavrilita;MDA;prime minister
Dorin Recean|Recean;MDA;prime minister
Alexandru Munteanu;MDA;prime minister
Nicu Popescu;MDA;foreign minister
Mihai Popșoi|Mihai Popsoi;MDA;foreign minister
Arseniy Yatsenyuk|Arseniy Yatseniuk|Yatsenyuk;UKR;prime minister
Volodymyr Groysman|Groysman;UKR;prime minister
Oleksiy Honcharuk|Honcharuk;UKR;prime minister
Denys Shmyhal|Shmyhal;UKR;prime minister
Yulia Svyrydenko|Svyrydenko;UKR;prime minister
Pavlo Klimkin|Klimkin;UKR;foreign minister
Vadym Prystaiko|Prystaiko;UKR;foreign minister
Andrii Sybiha|Andriy Sybiha|Sybiha;UKR;foreign minister
Oleksii Reznikov|Oleksiy Reznikov|Reznikov;UKR;defence minister
Rustem Umerov|Umerov;UKR;defence minister
Andrei Kobyakov;BLR;prime minister
Sergei Rumas;BLR;prime minister
Roman Golovchenko;BLR;prime minister
Alexander Turchin;BLR;prime minister
Vladimir Makei|Uladzimir Makei|Makei;BLR;foreign minister
Sergei Aleinik;BLR;foreign minister
Maxim Ryzhenkov;BLR;foreign minister
Mikhail Mishustin|Mishustin;RUS;prime minister
Andrei Belousov|Andrey Belousov;RUS;defence minister
Giorgi Margvelashvili|Margvelashvili;GEO;president
Salome Zourabichvili|Salome Zurabishvili|Zourabichvili|Zurabishvili;GEO;president
Mikheil Kavelashvili|Kavelashvili;GEO;president
Irakli Garibashvili|Garibashvili;GEO;prime minister
Giorgi Kvirikashvili|Kvirikashvili;GEO;prime minister
Mamuka Bakhtadze|Bakhtadze;GEO;prime minister
Giorgi Gakharia|Gakharia;GEO;prime minister
Irakli Kobakhidze|Kobakhidze;GEO;prime minister
Mikheil Janelidze;GEO;foreign minister
David Zalkaliani;GEO;foreign minister
Ilia Darchiashvili;GEO;foreign minister
Maka Botchorishvili;GEO;foreign minister
Serzh Sargsyan|Serzh Sarkisian;ARM;president
Armen Sarkissian|Armen Sargsyan;ARM;president
Vahagn Khachaturyan;ARM;president
Hovik Abrahamyan;ARM;prime minister
Karen Karapetyan;ARM;prime minister
Edward Nalbandian|Eduard Nalbandyan;ARM;foreign minister
Zohrab Mnatsakanyan;ARM;foreign minister
Ararat Mirzoyan;ARM;foreign minister
Artur Rasizade;AZE;prime minister
Novruz Mammadov;AZE;prime minister
Ali Asadov;AZE;prime minister
Elmar Mammadyarov|Mammadyarov;AZE;foreign minister
Jeyhun Bayramov;AZE;foreign minister
Ahmet Davutoğlu|Ahmet Davutoglu|Davutoğlu|Davutoglu;TUR;prime minister
Binali Yıldırım|Binali Yildirim;TUR;prime minister
# the Middle East and Asia, 2015 to 2025: heads of state and government, foreign and some defence ministers (names news text uses).
Reuven Rivlin|Rivlin;ISR;president
Gabi Ashkenazi;ISR;foreign minister
Eli Cohen;ISR;foreign minister
Israel Katz;ISR;foreign minister
Gideon Sa'ar|Gideon Saar;ISR;foreign minister
Avigdor Lieberman|Avigdor Liberman;ISR;defence minister
Moshe Ya'alon|Moshe Yaalon;ISR;defence minister
Benny Gantz|Gantz;ISR;defence minister
Yoav Gallant;ISR;defence minister
Rami Hamdallah|Hamdallah;PSE;prime minister
Mohammad Shtayyeh|Mohammad Shtayyah|Shtayyeh;PSE;prime minister
Riyad al-Maliki|Riyad Al-Maliki|Riad Malki|Riyad al-Malki|Riyad Al-Malki;PSE;foreign minister
Varsen Aghabekian;PSE;foreign minister
Abdullah Ensour;JOR;prime minister
Hani Mulki;JOR;prime minister
Omar Razzaz;JOR;prime minister
Bisher Khasawneh;JOR;prime minister
Jafar Hassan;JOR;prime minister
Nasser Judeh;JOR;foreign minister
Ayman Safadi;JOR;foreign minister
Michel Aoun|Aoun;LBN;president
Joseph Aoun;LBN;president
Tammam Salam;LBN;prime minister
Saad Hariri|Saad al-Hariri|Saad Al-Hariri|Hariri;LBN;prime minister
Hassan Diab;LBN;prime minister
Najib Mikati|Mikati;LBN;prime minister
Nawaf Salam;LBN;prime minister
Gebran Bassil|Bassil;LBN;foreign minister
Abdallah Bou Habib;LBN;foreign minister
Youssef Rajji;LBN;foreign minister
Wael al-Halqi|Wael Al-Halqi;SYR;prime minister
Imad Khamis;SYR;prime minister
Hussein Arnous;SYR;prime minister
Mohammad Ghazi al-Jalali|Mohammad Ghazi Al-Jalali;SYR;prime minister
Mohammed al-Bashir|Mohammed Al-Bashir;SYR;prime minister
Walid al-Muallem|Walid Al-Muallem|Walid Muallem|Muallem;SYR;foreign minister
Faisal Mekdad|Faisal al-Mekdad|Faisal Al-Mekdad|Mekdad;SYR;foreign minister
Bassam Sabbagh;SYR;foreign minister
Asaad al-Shaibani|Asaad Al-Shaibani|Asaad Hassan al-Shaibani|Asaad Hassan Al-Shaibani|al-Shaibani|Al-Shaibani|Shaibani;SYR;foreign minister
Fuad Masum|Fuad Masoum;IRQ;president
Barham Salih|Barham Saleh;IRQ;president
Abdul Latif Rashid;IRQ;president
Haider al-Abadi|Haider Al-Abadi|Haidar al-Abadi|Haidar Al-Abadi;IRQ;prime minister
Adil Abdul-Mahdi|Adel Abdul Mahdi;IRQ;prime minister
Mustafa al-Kadhimi|Mustafa Al-Kadhimi|Mustafa Kadhimi|Kadhimi;IRQ;prime minister
Mohammed Shia al-Sudani|Mohammed Shia Al-Sudani|Mohammed Shia Al Sudani;IRQ;prime minister
Ibrahim al-Jaafari|Ibrahim Al-Jaafari;IRQ;foreign minister
Mohamed Ali Alhakim;IRQ;foreign minister
Fuad Hussein;IRQ;foreign minister
Hossein Amir-Abdollahian|Hossein Amirabdollahian|Amir-Abdollahian|Amirabdollahian;IRN;foreign minister
Ali Bagheri Kani|Ali Bagheri;IRN;foreign minister
Adel al-Jubeir|Adel Al-Jubeir|Jubeir;SAU;foreign minister
Ibrahim al-Assaf|Ibrahim Al-Assaf;SAU;foreign minister
Faisal bin Farhan|Prince Faisal bin Farhan;SAU;foreign minister
Khalifa bin Zayed|Sheikh Khalifa bin Zayed|Khalifa bin Zayed Al Nahyan;ARE;president
Mohammed bin Rashid|Mohammed bin Rashid Al Maktoum|Sheikh Mohammed bin Rashid;ARE;prime minister
Abdullah bin Zayed|Sheikh Abdullah bin Zayed|Abdullah bin Zayed Al Nahyan;ARE;foreign minister
Sheikh Hamad bin Khalifa|Hamad bin Khalifa Al Thani;QAT;emir
Abdullah bin Nasser bin Khalifa Al Thani|Abdullah bin Nasser;QAT;prime minister
Khalid bin Khalifa bin Abdulaziz Al Thani|Khalid bin Khalifa;QAT;prime minister
Mohammed bin Abdulrahman Al Thani|Mohammed bin Abdulrahman|Sheikh Mohammed bin Abdulrahman;QAT;prime minister
Khalid al-Attiyah|Khalid Al-Attiyah;QAT;foreign minister
Sabah al-Ahmad al-Jaber al-Sabah|Sabah Al-Ahmad Al-Jaber Al-Sabah|Sabah al-Ahmad|Sabah Al-Ahmad|Sheikh Sabah al-Ahmad|Sheikh Sabah Al-Ahmad;KWT;emir
Nawaf al-Ahmad al-Jaber al-Sabah|Nawaf Al-Ahmad Al-Jaber Al-Sabah|Nawaf al-Ahmad|Nawaf Al-Ahmad|Sheikh Nawaf al-Ahmad|Sheikh Nawaf Al-Ahmad;KWT;emir
Mishal al-Ahmad al-Jaber al-Sabah|Mishal Al-Ahmad Al-Jaber Al-Sabah|Mishal al-Ahmad|Mishal Al-Ahmad|Sheikh Mishal al-Ahmad|Sheikh Mishal Al-Ahmad|Sheikh Meshal al-Ahmad|Sheikh Meshal Al-Ahmad;KWT;emir
Jaber al-Mubarak al-Sabah|Jaber Al-Mubarak Al-Sabah|Jaber al-Mubarak|Jaber Al-Mubarak;KWT;prime minister
Sabah al-Khalid al-Sabah|Sabah Al-Khalid Al-Sabah|Sabah al-Khalid|Sabah Al-Khalid;KWT;prime minister
Ahmad Nawaf al-Ahmad al-Sabah|Ahmad Nawaf Al-Ahmad Al-Sabah;KWT;prime minister
Mohammad Sabah al-Salem al-Sabah|Mohammad Sabah Al-Salem Al-Sabah;KWT;prime minister
Ahmad Abdullah al-Ahmad al-Sabah|Ahmad Abdullah Al-Ahmad Al-Sabah;KWT;prime minister
King Hamad|Hamad bin Isa Al Khalifa|King Hamad bin Isa;BHR;king
Khalifa bin Salman Al Khalifa;BHR;prime minister
Salman bin Hamad Al Khalifa|Crown Prince Salman bin Hamad;BHR;prime minister
Khalid bin Ahmed Al Khalifa;BHR;foreign minister
Abdullatif bin Rashid Al Zayani|Abdullatif al-Zayani|Abdullatif Al-Zayani;BHR;foreign minister
Sultan Qaboos|Qaboos bin Said|Qaboos;OMN;sultan
Haitham bin Tariq|Sultan Haitham|Haitham bin Tariq Al Said;OMN;sultan
Yusuf bin Alawi bin Abdullah|Yusuf bin Alawi;OMN;foreign minister
Badr Albusaidi|Badr al-Busaidi|Badr Al-Busaidi|Badr bin Hamad Albusaidi|Badr bin Hamad al-Busaidi|Badr bin Hamad Al-Busaidi;OMN;foreign minister
Abd Rabbuh Mansur Hadi|Abed Rabbo Mansour Hadi|Abd-Rabbu Mansour Hadi|Abdrabbuh Mansur Hadi|Abdu Rabbu Mansour Hadi;YEM;president
Rashad al-Alimi|Rashad Al-Alimi;YEM;presidential council chairman
Khaled Bahah;YEM;prime minister
Ahmed Obeid bin Daghr;YEM;prime minister
Maeen Abdulmalik|Maeen Abdulmalik Saeed;YEM;prime minister
Ahmed Awad bin Mubarak;YEM;prime minister
Salem bin Breik;YEM;prime minister
Ibrahim Mahlab;EGY;prime minister
Sherif Ismail;EGY;prime minister
Mostafa Madbouly|Moustafa Madbouly|Madbouly;EGY;prime minister
Sameh Shoukry|Shoukry;EGY;foreign minister
Badr Abdelatty|Abdelatty;EGY;foreign minister
Fayez al-Sarraj|Fayez Al-Sarraj|Fayez Sarraj|Fayez al-Serraj|Fayez Al-Serraj|Sarraj;LBY;prime minister
Abdul Hamid Dbeibah|Abdulhamid Dbeibah|Abdul Hamid Dbeibeh|Dbeibah|Dbeibeh;LBY;prime minister
Mohamed al-Menfi|Mohamed Al-Menfi|Mohammed al-Menfi|Mohammed Al-Menfi;LBY;presidential council head
Beji Caid Essebsi|Béji Caïd Essebsi|Essebsi;TUN;president
Kais Saied|Kaïs Saïed;TUN;president
Habib Essid;TUN;prime minister
Youssef Chahed|Chahed;TUN;prime minister
Elyes Fakhfakh;TUN;prime minister
Hichem Mechichi;TUN;prime minister
Najla Bouden;TUN;prime minister
Ahmed Hachani;TUN;prime minister
Kamel Madouri;TUN;prime minister
Sarra Zaafrani Zenzri;TUN;prime minister
Abdelkader Bensalah;DZA;president
Abdelmadjid Tebboune|Abdelmadjid Tebboun|Tebboune;DZA;president
Abdelmalek Sellal|Sellal;DZA;prime minister
Ahmed Ouyahia|Ouyahia;DZA;prime minister
Noureddine Bedoui;DZA;prime minister
Abdelaziz Djerad;DZA;prime minister
Aïmene Benabderrahmane;DZA;prime minister
Nadir Larbaoui;DZA;prime minister
Ramtane Lamamra|Lamamra;DZA;foreign minister
Sabri Boukadoum;DZA;foreign minister
Ahmed Attaf;DZA;foreign minister
King Mohammed VI|Mohammed VI;MAR;king
Abdelilah Benkirane|Benkirane;MAR;prime minister
Saadeddine Othmani|Saad Eddine El Othmani|Saadeddine El Othmani;MAR;prime minister
Aziz Akhannouch|Akhannouch;MAR;prime minister
Salaheddine Mezouar;MAR;foreign minister
Nasser Bourita|Bourita;MAR;foreign minister
Abdel Fattah al-Burhan|Abdel Fattah Al-Burhan|Abdel-Fattah al-Burhan|Abdel-Fattah Al-Burhan|Abdel Fattah Burhan|al-Burhan|Al-Burhan;SDN;army chief and council head
Abdalla Hamdok|Abdallah Hamdok|Hamdok;SDN;prime minister
Kamil Idris;SDN;prime minister
Bakri Hassan Saleh;SDN;prime minister
Salva Kiir|Salva Kiir Mayardit|Kiir;SSD;president
Qin Gang;CHN;foreign minister
Wei Fenghe;CHN;defence minister
Li Shangfu;CHN;defence minister
Dong Jun;CHN;defence minister
Ma Ying-jeou|Ma Ying-Jeou;TWN;president
Tsai Ing-wen|Tsai Ing-Wen;TWN;president
Lai Ching-te|Lai Ching-Te|William Lai;TWN;president
Mao Chi-kuo;TWN;premier
Lin Chuan;TWN;premier
Su Tseng-chang;TWN;premier
Chen Chien-jen;TWN;premier
Cho Jung-tai;TWN;premier
Joseph Wu;TWN;foreign minister
Lin Chia-lung;TWN;foreign minister
Sanae Takaichi|Takaichi;JPN;prime minister
Emperor Akihito|Akihito;JPN;emperor
Emperor Naruhito|Naruhito;JPN;emperor
Taro Kono;JPN;foreign minister
Toshimitsu Motegi|Motegi;JPN;foreign minister
Yoshimasa Hayashi;JPN;foreign minister
Yoko Kamikawa;JPN;foreign minister
Takeshi Iwaya;JPN;foreign minister
Hwang Kyo-ahn|Hwang Kyo-Ahn;KOR;acting president
Han Duck-soo|Han Duck-Soo;KOR;prime minister
Choi Sang-mok;KOR;acting president
Lee Wan-koo;KOR;prime minister
Lee Nak-yon|Lee Nak-yeon;KOR;prime minister
Chung Sye-kyun;KOR;prime minister
Kim Boo-kyum;KOR;prime minister
Kim Min-seok;KOR;prime minister
Yun Byung-se;KOR;foreign minister
Kang Kyung-wha;KOR;foreign minister
Chung Eui-yong;KOR;foreign minister
Park Jin;KOR;foreign minister
Cho Tae-yul;KOR;foreign minister
Cho Hyun;KOR;foreign minister
Pak Pong Ju|Pak Pong-ju;PRK;premier
Kim Jae Ryong;PRK;premier
Kim Tok Hun;PRK;premier
Pak Thae Song;PRK;premier
Ri Su Yong|Ri Su-yong;PRK;foreign minister
Ri Yong Ho|Ri Yong-ho;PRK;foreign minister
Ri Son Gwon;PRK;foreign minister
Choe Son Hui|Choe Son-hui;PRK;foreign minister
Kim Yo Jong|Kim Yo-jong;PRK;senior official
Tsakhiagiin Elbegdorj|Elbegdorj;MNG;president
Khaltmaagiin Battulga;MNG;president
Ukhnaagiin Khürelsükh|Ukhnaa Khurelsukh|Khürelsükh|Khurelsukh;MNG;president
Chimediin Saikhanbileg;MNG;prime minister
Jargaltulgyn Erdenebat;MNG;prime minister
Luvsannamsrain Oyun-Erdene|Oyun-Erdene;MNG;prime minister
Gombojavyn Zandanshatar|Zandanshatar;MNG;prime minister
Trương Tấn Sang|Truong Tan Sang;VNM;president
Trần Đại Quang|Tran Dai Quang;VNM;president
Nguyễn Phú Trọng|Nguyen Phu Trong;VNM;general secretary
Nguyễn Xuân Phúc|Nguyen Xuan Phuc;VNM;president
Võ Văn Thưởng|Vo Van Thuong;VNM;president
Tô Lâm|To Lam;VNM;general secretary
Lương Cường|Luong Cuong;VNM;president
Nguyễn Tấn Dũng|Nguyen Tan Dung;VNM;prime minister
Phạm Minh Chính|Pham Minh Chinh;VNM;prime minister
Phạm Bình Minh|Pham Binh Minh;VNM;foreign minister
Bùi Thanh Sơn|Bui Thanh Son;VNM;foreign minister
Choummaly Sayasone;LAO;president
Bounnhang Vorachith|Bounnhang Vorachit;LAO;president
Thongloun Sisoulith|Thongloun;LAO;president
Thongsing Thammavong;LAO;prime minister
Phankham Viphavanh;LAO;prime minister
Sonexay Siphandone;LAO;prime minister
Saleumxay Kommasith;LAO;foreign minister
King Norodom Sihamoni|Norodom Sihamoni;KHM;king
Hun Manet;KHM;prime minister
Prak Sokhonn;KHM;foreign minister
King Bhumibol Adulyadej|King Bhumibol|Bhumibol;THA;king
King Maha Vajiralongkorn|Maha Vajiralongkorn|King Vajiralongkorn|Vajiralongkorn;THA;king
Prayut Chan-o-cha|Prayuth Chan-ocha|Prayut Chan-ocha|Prayuth Chan-o-cha|Prayut|Prayuth;THA;prime minister
Srettha Thavisin|Srettha;THA;prime minister
Paetongtarn Shinawatra|Paetongtarn;THA;prime minister
Anutin Charnvirakul|Anutin;THA;prime minister
Don Pramudwinai;THA;foreign minister
Parnpree Bahiddha-nukara;THA;foreign minister
Maris Sangiampongsa;THA;foreign minister
Sihasak Phuangketkeow;THA;foreign minister
Thein Sein;MMR;president
Htin Kyaw;MMR;president
Win Myint;MMR;president
Aung San Suu Kyi|Suu Kyi;MMR;state counsellor
Min Aung Hlaing;MMR;military leader
Wunna Maung Lwin;MMR;foreign minister
Sultan Abdullah|Al-Sultan Abdullah;MYS;king
Sultan Ibrahim Iskandar;MYS;king
Najib Razak|Najib Tun Razak;MYS;prime minister
Muhyiddin Yassin|Muhyiddin;MYS;prime minister
Ismail Sabri Yaakob|Ismail Sabri;MYS;prime minister
Anwar Ibrahim|Anwar;MYS;prime minister
Anifah Aman;MYS;foreign minister
Saifuddin Abdullah;MYS;foreign minister
Zambry Abdul Kadir;MYS;foreign minister
Tony Tan;SGP;president
Halimah Yacob;SGP;president
Tharman Shanmugaratnam|Tharman;SGP;president
Lee Hsien Loong;SGP;prime minister
Lawrence Wong;SGP;prime minister
Vivian Balakrishnan;SGP;foreign minister
Retno Marsudi|Marsudi;IDN;foreign minister
Sugiono;IDN;foreign minister
Benigno Aquino III|Benigno Aquino|Noynoy Aquino;PHL;president
Albert del Rosario;PHL;foreign secretary
Perfecto Yasay;PHL;foreign secretary
Alan Peter Cayetano;PHL;foreign secretary
Teodoro Locsin Jr.|Teodoro Locsin|Locsin;PHL;foreign secretary
Enrique Manalo;PHL;foreign secretary
Theresa Lazaro;PHL;foreign secretary
Sultan Hassanal Bolkiah|Hassanal Bolkiah;BRN;sultan
Taur Matan Ruak;TLS;president
Francisco Guterres|Lú-Olo;TLS;president
José Ramos-Horta|Jose Ramos-Horta|Ramos-Horta;TLS;president
Rui Maria de Araújo;TLS;prime minister
Mari Alkatiri;TLS;prime minister
Xanana Gusmão|Xanana Gusmao|Xanana;TLS;prime minister
Pranab Mukherjee;IND;president
Ram Nath Kovind|Kovind;IND;president
Droupadi Murmu|Draupadi Murmu|Murmu;IND;president
Sushma Swaraj;IND;external affairs minister
Rajnath Singh;IND;defence minister
Mamnoon Hussain;PAK;president
Arif Alvi;PAK;president
Shahid Khaqan Abbasi;PAK;prime minister
Anwaar-ul-Haq Kakar|Anwaar ul Haq Kakar;PAK;prime minister
Asim Munir|Syed Asim Munir;PAK;army chief
Qamar Javed Bajwa|Bajwa;PAK;army chief
Khawaja Asif;PAK;foreign minister
Shah Mehmood Qureshi;PAK;foreign minister
Bilawal Bhutto Zardari|Bilawal Bhutto|Bilawal;PAK;foreign minister
Jalil Abbas Jilani;PAK;foreign minister
Ishaq Dar;PAK;foreign minister
Mohammed Shahabuddin;BGD;president
Sheikh Hasina|Sheikh Hasina Wajed|Hasina;BGD;prime minister
Muhammad Yunus|Mohammad Yunus;BGD;chief adviser
A. K. Abdul Momen|AK Abdul Momen|A.K. Abdul Momen;BGD;foreign minister
Hasan Mahmud;BGD;foreign minister
Touhid Hossain|Md Touhid Hossain;BGD;foreign adviser
Maithripala Sirisena|Sirisena;LKA;president
Gotabaya Rajapaksa|Gotabaya;LKA;president
Mahinda Rajapaksa;LKA;prime minister
Ranil Wickremesinghe|Wickremesinghe;LKA;president
Anura Kumara Dissanayake;LKA;president
Dinesh Gunawardena;LKA;prime minister
Harini Amarasuriya;LKA;prime minister
Mangala Samaraweera;LKA;foreign minister
Ali Sabry;LKA;foreign minister
Vijitha Herath;LKA;foreign minister
Ram Baran Yadav;NPL;president
Bidya Devi Bhandari;NPL;president
Ram Chandra Poudel|Ramchandra Paudel;NPL;president
Sushil Koirala;NPL;prime minister
KP Sharma Oli|K. P. Sharma Oli|K.P. Sharma Oli|Khadga Prasad Sharma Oli;NPL;prime minister
Pushpa Kamal Dahal|Prachanda;NPL;prime minister
Sher Bahadur Deuba|Deuba;NPL;prime minister
Sushila Karki;NPL;prime minister
Pradeep Gyawali;NPL;foreign minister
Narayan Khadka;NPL;foreign minister
King Jigme Khesar Namgyel Wangchuck|Jigme Khesar Namgyel Wangchuck;BTN;king
Tshering Tobgay;BTN;prime minister
Lotay Tshering;BTN;prime minister
Abdulla Yameen|Yameen;MDV;president
Ibrahim Mohamed Solih|Ibrahim Solih;MDV;president
Mohamed Muizzu|Muizzu;MDV;president
Ashraf Ghani;AFG;president
Abdullah Abdullah;AFG;chief executive
Hibatullah Akhundzada|Haibatullah Akhundzada|Akhundzada;AFG;Taliban leader
Mohammad Hassan Akhund;AFG;prime minister
Amir Khan Muttaqi|Muttaqi;AFG;foreign minister
Karim Massimov|Karim Masimov;KAZ;prime minister
Bakhytzhan Sagintayev;KAZ;prime minister
Askar Mamin;KAZ;prime minister
Alikhan Smailov;KAZ;prime minister
Olzhas Bektenov;KAZ;prime minister
Shavkat Mirziyoyev|Mirziyoyev;UZB;president
Abdulla Aripov;UZB;prime minister
Emomali Rahmon|Emomalii Rahmon|Rahmon;TJK;president
Kokhir Rasulzoda|Qohir Rasulzoda;TJK;prime minister
Gurbanguly Berdimuhamedow|Gurbanguly Berdymukhamedov|Gurbanguly Berdimuhamedov;TKM;president
Serdar Berdimuhamedow|Serdar Berdymukhamedov|Serdar Berdimuhamedov;TKM;president
Berdimuhamedow|Berdymukhamedov|Berdimuhamedov;TKM;president
Almazbek Atambayev|Atambayev;KGZ;president
Sooronbay Jeenbekov|Jeenbekov;KGZ;president
Sadyr Japarov|Sadyr Zhaparov;KGZ;president
Akylbek Japarov|Akylbek Zhaparov;KGZ;cabinet chairman
Adylbek Kasymaliev;KGZ;cabinet chairman
# the Americas, Africa and Oceania, 2015 to 2025: heads of state and government, foreign and some defence ministers (names news text uses).
Kamala Harris;USA;vice president
Mike Pence|Pence;USA;vice president
JD Vance|J.D. Vance;USA;vice president
Ash Carter;USA;defense secretary
Jim Mattis|James Mattis|Mattis;USA;defense secretary
Mark Esper|Esper;USA;defense secretary
Lloyd Austin;USA;defense secretary
Pete Hegseth|Hegseth;USA;defense secretary
Stéphane Dion|Stephane Dion;CAN;foreign minister
Chrystia Freeland|Freeland;CAN;foreign minister
François-Philippe Champagne|Francois-Philippe Champagne;CAN;foreign minister
Marc Garneau;CAN;foreign minister
Mélanie Joly|Melanie Joly;CAN;foreign minister
Anita Anand;CAN;foreign minister
Enrique Peña Nieto|Enrique Pena Nieto|Peña Nieto|Pena Nieto;MEX;president
José Antonio Meade;MEX;foreign minister
Claudia Ruiz Massieu;MEX;foreign minister
Luis Videgaray|Videgaray;MEX;foreign minister
Marcelo Ebrard|Ebrard;MEX;foreign minister
Alicia Bárcena;MEX;foreign minister
Juan Ramón de la Fuente;MEX;foreign minister
Manuel Marrero Cruz|Manuel Marrero;CUB;prime minister
Bruno Rodríguez Parrilla|Bruno Rodriguez Parrilla|Bruno Rodríguez|Bruno Rodriguez;CUB;foreign minister
Delcy Rodríguez|Delcy Rodriguez;VEN;vice president
Jorge Arreaza|Arreaza;VEN;foreign minister
Félix Plasencia;VEN;foreign minister
Yván Gil|Yvan Gil;VEN;foreign minister
Juan Guaidó|Juan Guaido;VEN;interim president claimant
Juan Manuel Santos;COL;president
Iván Duque|Ivan Duque;COL;president
María Ángela Holguín;COL;foreign minister
Carlos Holmes Trujillo;COL;foreign minister
Claudia Blum;COL;foreign minister
Marta Lucía Ramírez;COL;foreign minister
Álvaro Leyva;COL;foreign minister
Luis Gilberto Murillo;COL;foreign minister
Ollanta Humala|Humala;PER;president
Pedro Pablo Kuczynski|Kuczynski;PER;president
Martín Vizcarra|Vizcarra;PER;president
Manuel Merino;PER;president
Francisco Sagasti|Sagasti;PER;president
Pedro Castillo;PER;president
Dina Boluarte|Boluarte;PER;president
José Jerí|Jose Jeri;PER;president
Sebastián Piñera|Sebastian Pinera|Piñera|Pinera;CHL;president
Gabriel Boric|Boric;CHL;president
Heraldo Muñoz;CHL;foreign minister
Roberto Ampuero;CHL;foreign minister
Teodoro Ribera;CHL;foreign minister
Andrés Allamand;CHL;foreign minister
Antonia Urrejola;CHL;foreign minister
Alberto van Klaveren;CHL;foreign minister
Mauricio Macri|Macri;ARG;president
Alberto Fernández|Alberto Fernandez;ARG;president
Susana Malcorra;ARG;foreign minister
Jorge Faurie;ARG;foreign minister
Felipe Solá;ARG;foreign minister
Santiago Cafiero;ARG;foreign minister
Diana Mondino;ARG;foreign minister
Gerardo Werthein;ARG;foreign minister
Michel Temer|Temer;BRA;president
Mauro Vieira;BRA;foreign minister
José Serra;BRA;foreign minister
Aloysio Nunes;BRA;foreign minister
Ernesto Araújo|Ernesto Araujo;BRA;foreign minister
Carlos França|Carlos Franca;BRA;foreign minister
Jeanine Áñez|Jeanine Añez|Jeanine Anez;BOL;president
Luis Arce;BOL;president
Rodrigo Paz;BOL;president
David Choquehuanca;BOL;vice president
Lenín Moreno|Lenin Moreno;ECU;president
Guillermo Lasso;ECU;president
Daniel Noboa|Noboa;ECU;president
Tabaré Vázquez|Tabare Vazquez;URY;president
Luis Lacalle Pou|Lacalle Pou;URY;president
Yamandú Orsi;URY;president
Horacio Cartes;PRY;president
Mario Abdo Benítez|Mario Abdo Benitez;PRY;president
Santiago Peña|Santiago Pena;PRY;president
David Granger;GUY;president
Dési Bouterse|Desi Bouterse|Bouterse;SUR;president
Chan Santokhi|Santokhi;SUR;president
Jennifer Geerlings-Simons;SUR;president
Otto Pérez Molina|Otto Perez Molina;GTM;president
Jimmy Morales;GTM;president
Alejandro Giammattei|Giammattei;GTM;president
Bernardo Arévalo|Bernardo Arevalo;GTM;president
Juan Orlando Hernández|Juan Orlando Hernandez;HND;president
Xiomara Castro;HND;president
Salvador Sánchez Cerén;SLV;president
Nayib Bukele|Bukele;SLV;president
Rosario Murillo;NIC;vice president
Luis Guillermo Solís;CRI;president
Carlos Alvarado Quesada;CRI;president
Rodrigo Chaves;CRI;president
Juan Carlos Varela;PAN;president
Laurentino Cortizo;PAN;president
José Raúl Mulino|Jose Raul Mulino|Mulino;PAN;president
Danilo Medina;DOM;president
Luis Abinader|Abinader;DOM;president
Michel Martelly;HTI;president
Jovenel Moïse|Jovenel Moise;HTI;president
Ariel Henry;HTI;prime minister
Garry Conille;HTI;prime minister
Alix Didier Fils-Aimé|Alix Didier Fils-Aime;HTI;prime minister
Portia Simpson-Miller|Portia Simpson Miller;JAM;prime minister
Andrew Holness|Holness;JAM;prime minister
Kamla Persad-Bissessar|Persad-Bissessar;TTO;prime minister
Keith Rowley;TTO;prime minister
Mia Mottley|Mottley;BRB;prime minister
Freundel Stuart;BRB;prime minister
Hubert Minnis;BHS;prime minister
Philip Brave Davis;BHS;prime minister
Gaston Browne;ATG;prime minister
Roosevelt Skerrit;DMA;prime minister
Dickon Mitchell;GRD;prime minister
Terrance Drew;KNA;prime minister
Allen Chastanet;LCA;prime minister
Ralph Gonsalves;VCT;prime minister
Dean Barrow;BLZ;prime minister
Johnny Briceño|Johnny Briceno;BLZ;prime minister
Geoffrey Onyeama|Onyeama;NGA;foreign minister
Yusuf Tuggar;NGA;foreign minister
Hailemariam Desalegn|Hailemariam;ETH;prime minister
Mulatu Teshome;ETH;president
Sahle-Work Zewde;ETH;president
Taye Atske Selassie;ETH;president
Workneh Gebeyehu;ETH;foreign minister
Gedu Andargachew;ETH;foreign minister
Demeke Mekonnen;ETH;foreign minister
Raychelle Omamo;KEN;foreign minister
Musalia Mudavadi;KEN;foreign minister
Maite Nkoana-Mashabane;ZAF;foreign minister
Lindiwe Sisulu;ZAF;foreign minister
Naledi Pandor|Pandor;ZAF;foreign minister
Ronald Lamola;ZAF;foreign minister
José Eduardo dos Santos|Jose Eduardo dos Santos;AGO;president
João Lourenço|Joao Lourenco;AGO;president
Thomas Boni Yayi|Boni Yayi;BEN;president
Patrice Talon;BEN;president
Ian Khama;BWA;president
Mokgweetsi Masisi;BWA;president
Duma Boko;BWA;president
Roch Marc Christian Kaboré|Roch Kaboré|Roch Marc Christian Kabore;BFA;president
Paul-Henri Sandaogo Damiba|Damiba;BFA;president
Ibrahim Traoré|Ibrahim Traore;BFA;president
Michel Kafando;BFA;president
Pierre Nkurunziza|Nkurunziza;BDI;president
Évariste Ndayishimiye|Evariste Ndayishimiye|Ndayishimiye;BDI;president
Jorge Carlos Fonseca;CPV;president
José Maria Neves;CPV;president
Ulisses Correia e Silva;CPV;prime minister
Paul Biya|Biya;CMR;president
Faustin-Archange Touadéra|Faustin-Archange Touadera|Touadéra;CAF;president
Catherine Samba-Panza;CAF;president
Idriss Déby|Idriss Déby Itno|Idriss Deby Itno;TCD;president
Mahamat Idriss Déby|Mahamat Déby|Mahamat Idriss Déby Itno|Mahamat Deby Itno;TCD;president
Succès Masra|Succes Masra;TCD;prime minister
Azali Assoumani;COM;president
Ikililou Dhoinine;COM;president
Judith Suminwa;COD;prime minister
Sama Lukonde;COD;prime minister
Sylvestre Ilunga Ilunkamba;COD;prime minister
Denis Sassou Nguesso|Sassou Nguesso;COG;president
Alassane Ouattara;CIV;president
Ismaïl Omar Guelleh|Ismail Omar Guelleh|Guelleh;DJI;president
Teodoro Obiang Nguema Mbasogo|Teodoro Obiang|Obiang;GNQ;president
King Mswati III|Mswati III|Mswati;SWZ;king
Ali Bongo Ondimba|Ali Bongo;GAB;president
Brice Oligui Nguema|Oligui Nguema;GAB;president
Yahya Jammeh|Jammeh;GMB;president
Adama Barrow;GMB;president
John Dramani Mahama|John Mahama|Mahama;GHA;president
Nana Akufo-Addo|Nana Addo Dankwa Akufo-Addo|Akufo-Addo;GHA;president
Alpha Condé|Alpha Conde;GIN;president
Mamadi Doumbouya|Mamady Doumbouya;GIN;president
José Mário Vaz;GNB;president
Umaro Sissoco Embaló|Umaro Sissoco Embalo|Sissoco Embaló;GNB;president
King Letsie III;LSO;king
Tom Thabane;LSO;prime minister
Pakalitha Mosisili;LSO;prime minister
Moeketsi Majoro;LSO;prime minister
Sam Matekane;LSO;prime minister
Ellen Johnson Sirleaf|Sirleaf;LBR;president
George Weah;LBR;president
Joseph Boakai|Boakai;LBR;president
Hery Rajaonarimampianina;MDG;president
Andry Rajoelina|Rajoelina;MDG;president
Michael Randrianirina;MDG;president
Peter Mutharika|Mutharika;MWI;president
Lazarus Chakwera|Chakwera;MWI;president
Ibrahim Boubacar Keïta|Ibrahim Boubacar Keita;MLI;president
Bah Ndaw;MLI;president
Assimi Goïta|Assimi Goita|Goïta;MLI;president
Mohamed Ould Abdel Aziz;MRT;president
Mohamed Ould Ghazouani|Mohamed Ould Cheikh El Ghazouani|Ghazouani;MRT;president
Pravind Jugnauth|Jugnauth;MUS;prime minister
Anerood Jugnauth;MUS;prime minister
Navin Ramgoolam;MUS;prime minister
Ameenah Gurib-Fakim;MUS;president
Filipe Nyusi|Nyusi;MOZ;president
Daniel Chapo;MOZ;president
Hage Geingob|Geingob;NAM;president
Nangolo Mbumba;NAM;president
Netumbo Nandi-Ndaitwah|Nandi-Ndaitwah;NAM;president
Mahamadou Issoufou|Issoufou;NER;president
Mohamed Bazoum|Bazoum;NER;president
Abdourahamane Tchiani|Abdourahamane Tiani|Tchiani;NER;president
Édouard Ngirente|Edouard Ngirente;RWA;prime minister
Louise Mushikiwabo;RWA;foreign minister
Richard Sezibera;RWA;foreign minister
Vincent Biruta;RWA;foreign minister
Olivier Nduhungirehe|Nduhungirehe;RWA;foreign minister
Evaristo Carvalho;STP;president
Carlos Vila Nova;STP;president
Patrice Trovoada;STP;prime minister
Macky Sall;SEN;president
Bassirou Diomaye Faye|Diomaye Faye;SEN;president
Ousmane Sonko|Sonko;SEN;prime minister
Danny Faure;SYC;president
Wavel Ramkalawan|Ramkalawan;SYC;president
Patrick Herminie;SYC;president
Ernest Bai Koroma;SLE;president
Julius Maada Bio;SLE;president
Hassan Sheikh Mohamud;SOM;president
Mohamed Abdullahi Mohamed|Mohamed Abdullahi Farmaajo|Farmaajo|Farmajo;SOM;president
Hassan Ali Khaire;SOM;prime minister
Mohamed Hussein Roble;SOM;prime minister
Hamza Abdi Barre;SOM;prime minister
Jakaya Kikwete|Kikwete;TZA;president
John Magufuli|John Pombe Magufuli|Magufuli;TZA;president
Samia Suluhu Hassan|Samia Suluhu;TZA;president
Faure Gnassingbé|Faure Gnassingbe|Gnassingbé;TGO;president
Sam Kutesa;UGA;foreign minister
Edgar Lungu;ZMB;president
Hakainde Hichilema|Hichilema;ZMB;president
Emmerson Mnangagwa|Mnangagwa;ZWE;president
Tony Abbott;AUS;prime minister
Julie Bishop;AUS;foreign minister
Marise Payne;AUS;foreign minister
Penny Wong;AUS;foreign minister
Richard Marles|Marles;AUS;defence minister
John Key;NZL;prime minister
Bill English;NZL;prime minister
Chris Hipkins|Hipkins;NZL;prime minister
Christopher Luxon|Luxon;NZL;prime minister
Murray McCully;NZL;foreign minister
Gerry Brownlee;NZL;foreign minister
Winston Peters;NZL;foreign minister
Nanaia Mahuta|Mahuta;NZL;foreign minister
Peter O'Neill;PNG;prime minister
James Marape|Marape;PNG;prime minister
Frank Bainimarama|Voreqe Bainimarama|Bainimarama;FJI;prime minister
Sitiveni Rabuka|Rabuka;FJI;prime minister
Manasseh Sogavare|Sogavare;SLB;prime minister
Rick Houenipwela;SLB;prime minister
Jeremiah Manele;SLB;prime minister
Charlot Salwai;VUT;prime minister
Bob Loughman;VUT;prime minister
Ishmael Kalsakau;VUT;prime minister
Jotham Napat;VUT;prime minister
Tuilaepa Sailele Malielegaoi|Tuilaepa;WSM;prime minister
Fiamē Naomi Mataʻafa|Fiame Naomi Mata'afa|Fiamē Naomi Mata'afa;WSM;prime minister
King Tupou VI;TON;king
Siaosi Sovaleni;TON;prime minister
Pohiva Tuʻiʻonetoa|Pohiva Tu'i'onetoa;TON;prime minister
Anote Tong;KIR;president
Taneti Maamau;KIR;president
Enele Sopoaga;TUV;prime minister
Kausea Natano;TUV;prime minister
Feleti Teo;TUV;prime minister
Baron Waqa;NRU;president
Lionel Aingimea;NRU;president
David Adeang;NRU;president
Tommy Remengesau Jr.|Tommy Remengesau;PLW;president
Surangel Whipps Jr.|Surangel Whipps;PLW;president
Hilda Heine;MHL;president
David Kabua;MHL;president
David Panuelo;FSM;president
Wesley Simina;FSM;president
# More heads of government, presidents and ministers of the same years.
Ricardo Luna;PER;foreign minister
Néstor Popolizio;PER;foreign minister
Javier González-Olaechea;PER;foreign minister
Elmer Schialer;PER;foreign minister
Sabah Khalid al-Hamad al-Sabah|Sabah Khalid Al-Hamad Al-Sabah;KWT;foreign minister
Ahmad Nasser al-Mohammad al-Sabah|Ahmad Nasser Al-Mohammad Al-Sabah;KWT;foreign minister
Salem Abdullah al-Jaber al-Sabah|Salem Abdullah Al-Jaber Al-Sabah;KWT;foreign minister
Abdullah al-Yahya|Abdullah Al-Yahya;KWT;foreign minister
Monica Juma;KEN;foreign minister
Alfred Mutua;KEN;foreign minister
Daniel Kablan Duncan;CIV;prime minister
Amadou Gon Coulibaly;CIV;prime minister
Patrick Achi;CIV;prime minister
Robert Beugré Mambé|Robert Beugre Mambe;CIV;prime minister
Philémon Yang|Philemon Yang;CMR;prime minister
Joseph Dion Ngute;CMR;prime minister
Paul Kaba Thiéba;BFA;prime minister
Christophe Dabiré;BFA;prime minister
Apollinaire Joachim Kyélem de Tambèla;BFA;prime minister
Choguel Kokalla Maïga|Choguel Maïga|Choguel Maiga;MLI;prime minister
Moctar Ouane;MLI;prime minister
Brigi Rafini;NER;prime minister
Ouhoumoudou Mahamadou;NER;prime minister
Ali Mahaman Lamine Zeine;NER;prime minister
Ibrahima Kassory Fofana;GIN;prime minister
Amadou Ba;SEN;prime minister
Albert Pahimi Padacké|Albert Pahimi Padacke;TCD;prime minister
Ruhakana Rugunda;UGA;prime minister
Robinah Nabbanja;UGA;prime minister
Kassim Majaliwa;TZA;prime minister
Saara Kuugongelwa-Amadhila;NAM;prime minister
Carlos Agostinho do Rosário;MOZ;prime minister
Constantino Chiwenga;ZWE;vice president
Gedion Timothewos;ETH;foreign minister
Yemi Osinbajo|Osinbajo;NGA;vice president
Shirley Ayorkor Botchwey;GHA;foreign minister
Paula-Mae Weekes;TTO;president
Christine Kangaloo;TTO;president
Charles Savarin;DMA;president
Sylvanie Burton;DMA;president
Sandra Mason;BRB;president
Leslie Voltaire;HTI;transitional council
Edgard Leblanc Fils;HTI;transitional council
Fritz Alphonse Jean;HTI;transitional council
Laurent Saint-Cyr;HTI;transitional council
Claude Joseph;HTI;prime minister
Jean-Henry Céant;HTI;prime minister
Jocelerme Privert;HTI;president
Abdoulkader Kamil Mohamed;DJI;prime minister
Raymond Ndong Sima;GAB;prime minister
Anatole Collinet Makosso;COG;prime minister
Félix Moloua;CAF;prime minister
# Heads of state and government and foreign ministers of the 1980s to the 2000s, as archive reports name them
# (a surname alone only where the news of those years meant one person, or one country, by it).
Bill Clinton;USA;president
Hillary Clinton|Hillary Rodham Clinton;USA;secretary of state
Clinton;USA;president;;2008-12-31
Clinton;USA;secretary of state;2009-01-01
George W. Bush;USA;president
George H. W. Bush|George H.W. Bush;USA;president
George Bush|Bush;USA;president
Ronald Reagan|Reagan;USA;president
Madeleine Albright|Albright;USA;secretary of state
Warren Christopher;USA;secretary of state
Colin Powell;USA;secretary of state
Condoleezza Rice;USA;secretary of state
James Baker;USA;secretary of state
Dick Cheney|Cheney;USA;vice president
Donald Rumsfeld|Rumsfeld;USA;defense secretary
Mikhail Gorbachev|Gorbachev;RUS;president
Boris Yeltsin|Yeltsin;RUS;president
Yevgeny Primakov|Primakov;RUS;prime minister
Viktor Chernomyrdin|Chernomyrdin;RUS;prime minister
Andrei Kozyrev|Kozyrev;RUS;foreign minister
Igor Ivanov;RUS;minister
Sergei Ivanov;RUS;minister
Ivanov;RUS;minister
Jiang Zemin;CHN;president
Zhu Rongji;CHN;premier
Wen Jiabao;CHN;premier
Li Peng;CHN;premier
Deng Xiaoping;CHN;leader
Tang Jiaxuan;CHN;foreign minister
Li Zhaoxing;CHN;foreign minister
Yang Jiechi;CHN;foreign minister
Tony Blair|Blair;GBR;prime minister
John Major;GBR;prime minister
Gordon Brown;GBR;prime minister
Margaret Thatcher|Thatcher;GBR;prime minister
Robin Cook;GBR;foreign secretary
Douglas Hurd|Hurd;GBR;foreign secretary
Malcolm Rifkind|Rifkind;GBR;foreign secretary
Geoffrey Howe;GBR;foreign secretary
Alain Juppé|Alain Juppe|Juppé;FRA;foreign minister
Qian Qichen;CHN;foreign minister
Jack Straw;GBR;foreign secretary
David Miliband;GBR;foreign secretary
William Hague;GBR;foreign secretary
Jacques Chirac|Chirac;FRA;president
François Mitterrand|Francois Mitterrand|Mitterrand;FRA;president
Dominique de Villepin|de Villepin;FRA;foreign minister
Hubert Védrine|Hubert Vedrine;FRA;foreign minister
Bernard Kouchner|Kouchner;FRA;foreign minister
Helmut Kohl|Kohl;DEU;chancellor
Gerhard Schröder|Gerhard Schroeder|Schröder;DEU;chancellor
Joschka Fischer;DEU;foreign minister
Klaus Kinkel|Kinkel;DEU;foreign minister
Hans-Dietrich Genscher|Genscher;DEU;foreign minister
Silvio Berlusconi|Berlusconi;ITA;prime minister
José María Aznar|Jose Maria Aznar|Aznar;ESP;prime minister
José Luis Rodríguez Zapatero|Jose Luis Rodriguez Zapatero|Zapatero;ESP;prime minister
Yitzhak Rabin|Rabin;ISR;prime minister
Shimon Peres|Peres;ISR;prime minister
Ehud Barak;ISR;prime minister
Ehud Olmert|Olmert;ISR;prime minister
Ariel Sharon;ISR;prime minister
Tzipi Livni|Livni;ISR;prime minister
Yasser Arafat|Arafat;PSE;president
Mahmoud Abbas;PSE;president
King Hussein;JOR;king
King Abdullah II;JOR;king
King Fahd;SAU;king
Hafez al-Assad|Hafez Assad|Hafez al-Asad;SYR;president
Hosni Mubarak|Mubarak;EGY;president
Anwar Sadat|Sadat;EGY;president
Muammar Gaddafi|Moammar Gadhafi|Muammar Qaddafi|Muammar al-Qaddafi|Moamer Kadhafi|Muammar Kadhafi|Gaddafi|Gadhafi|Qaddafi|Qadhafi|Kadhafi;LBY;leader
Saddam Hussein|Saddam;IRQ;president
Nouri al-Maliki|al-Maliki;IRQ;prime minister
Mohammad Khatami|Mohammed Khatami|Khatami;IRN;president
Akbar Hashemi Rafsanjani|Rafsanjani;IRN;president
Mahmoud Ahmadinejad|Ahmadinejad;IRN;president
Hamid Karzai|Karzai;AFG;president
Pervez Musharraf|Musharraf;PAK;president
Benazir Bhutto;PAK;president
Asif Ali Zardari|Zardari;PAK;president
Atal Bihari Vajpayee|Vajpayee;IND;prime minister
P. V. Narasimha Rao|Narasimha Rao;IND;prime minister
Kim Dae-jung|Kim Dae Jung;KOR;president
Kim Young-sam|Kim Young Sam;KOR;president
Roh Moo-hyun|Roh Moo Hyun;KOR;president
Lee Myung-bak|Lee Myung Bak;KOR;president
Kim Il Sung|Kim Il-sung;PRK;leader
Mohamed Morsi|Mohammed Morsi|Mohamed Mursi|Mohammed Mursi|Morsi|Mursi;EGY;president;2012-06-30;2013-07-03
Kim Jong-il|Kim Jong-Il;PRK;leader
Junichiro Koizumi|Koizumi;JPN;prime minister
Keizo Obuchi|Obuchi;JPN;prime minister
Ryutaro Hashimoto;JPN;prime minister
Suharto;IDN;president
Megawati Sukarnoputri|Megawati;IDN;president
Susilo Bambang Yudhoyono|Yudhoyono;IDN;president
Mahathir Mohamad|Mahathir;MYS;prime minister
Lee Kuan Yew;SGP;prime minister
Goh Chok Tong;SGP;prime minister
Thaksin Shinawatra|Thaksin;THA;prime minister
Hun Sen;KHM;prime minister
John Howard;AUS;prime minister
Kevin Rudd|Rudd;AUS;prime minister
Julia Gillard|Gillard;AUS;prime minister
Helen Clark;NZL;prime minister
Jean Chrétien|Jean Chretien|Chrétien|Chretien;CAN;prime minister
Stephen Harper;CAN;prime minister
Vicente Fox;MEX;president
Felipe Calderón|Felipe Calderon;MEX;president
Álvaro Uribe|Alvaro Uribe|Uribe;COL;president
Rafael Correa|Correa;ECU;president
Evo Morales;BOL;president
Alberto Fujimori|Fujimori;PER;president
Carlos Menem|Menem;ARG;president
Néstor Kirchner|Nestor Kirchner;ARG;president
Cristina Fernández de Kirchner|Cristina Fernandez de Kirchner;ARG;president
Kirchner;ARG;president
Fernando Henrique Cardoso;BRA;president
Michelle Bachelet;CHL;president
Augusto Pinochet|Pinochet;CHL;president
Daniel Ortega;NIC;president
Nelson Mandela|Mandela;ZAF;president
Thabo Mbeki|Mbeki;ZAF;president
F. W. de Klerk|F.W. de Klerk;ZAF;president
Robert Mugabe|Mugabe;ZWE;president
Yoweri Museveni|Museveni;UGA;president
Olusegun Obasanjo|Obasanjo;NGA;president
Umaru Yar'Adua;NGA;president
Goodluck Jonathan;NGA;president
Meles Zenawi|Meles;ETH;prime minister
Omar al-Bashir|Omar Hassan al-Bashir|al-Bashir;SDN;president
Laurent Kabila;COD;president
Joseph Kabila;COD;president
Kabila;COD;president
Mobutu Sese Seko|Mobutu;COD;president
Abdelaziz Bouteflika|Bouteflika;DZA;president
Zine El Abidine Ben Ali;TUN;president
Ali Abdullah Saleh;YEM;president
Bülent Ecevit|Bulent Ecevit|Ecevit;TUR;prime minister
Abdullah Gül|Abdullah Gul;TUR;prime minister
Eduard Shevardnadze|Shevardnadze;GEO;president
Mikheil Saakashvili|Saakashvili;GEO;president
Heydar Aliyev;AZE;president
Islam Karimov|Karimov;UZB;president
Saparmurat Niyazov|Niyazov;TKM;president
Leonid Kuchma|Kuchma;UKR;president
Viktor Yushchenko|Yushchenko;UKR;president
Viktor Yanukovych|Yanukovych|Viktor Yanukovich|Yanukovich;UKR;president
Slobodan Milošević|Slobodan Milosevic|Milošević|Milosevic;SRB;president
Vojislav Koštunica|Vojislav Kostunica|Kostunica;SRB;president
Franjo Tudjman|Franjo Tuđman|Tudjman|Tuđman;HRV;president
Alija Izetbegovic|Alija Izetbegović|Izetbegovic;BIH;president
Lech Wałęsa|Lech Walesa|Walesa;POL;president
Aleksander Kwaśniewski|Aleksander Kwasniewski|Kwasniewski;POL;president
Vaclav Havel|Václav Havel|Havel;CZE;president
Kofi Annan|Annan;UN;secretary-general
Boutros Boutros-Ghali|Boutros-Ghali;UN;secretary-general
`;

export const LEADERS: readonly { names: readonly string[]; actor: string; role: string; from?: string; to?: string }[] = LEADER_TABLE.split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => {
    const [names, actor, role, from, to] = line.split(';');
    return { names: names.split('|'), actor, role, ...(from ? { from } : {}), ...(to ? { to } : {}) };
  });


/** Words of a title or role that, before a name, make its bearer an official of the country named with it. */
export const TITLE_WORDS = [
  'President', 'Vice President', 'Prime Minister', 'PM', 'Premier', 'Chancellor', 'King', 'Queen', 'Crown Prince', 'Prince', 'Emir',
  'Sultan', 'Supreme Leader', 'Foreign Minister', 'Defence Minister', 'Defense Minister', 'Defense Secretary', 'Defence Secretary',
  'Secretary of State', 'Foreign Secretary', 'Minister', 'Ambassador', 'ambassador', 'envoy', 'Envoy', 'General', 'Gen.', 'Admiral',
  'Secretary-General', 'Secretary General', 'Chairperson', 'Chairman', 'Commissioner', 'Senator', 'spokesman', 'spokeswoman',
  'spokesperson', 'leader', 'counterpart', 'dictator', 'despot', 'Commander', 'minister', 'adviser', 'advisor', 'President-elect',
  // ("US House Speaker Nancy Pelosi", "Treasury Secretary Steven Mnuchin", "Senior General Min Aung Hlaing".)
  'Speaker', 'House Speaker', 'Secretary', 'Senior General', 'Vice Premier', 'Governor', 'Marshal', 'Field Marshal', 'Colonel',
  'coordinator', 'Coordinator', 'negotiator', 'National Security Adviser', 'Attorney General',
];
