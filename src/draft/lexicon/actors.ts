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
 * the names (`|` between them; `*` for the surname, the first name's last word), the actor, the role (P, M and F
 * for president, prime minister and foreign minister), and where the office is dated, its first and last day
 * (`;` between the fields); lines starting with `#` are headings. Spellings that differ only by accents are
 * written once, as names are looked up folded. A table, not objects, to keep the worker small.
 */
const LEADER_TABLE = `
Vladimir Putin|*;RUS;P
Sergei Lavrov|*;RUS;F
Dmitry Peskov|*;RUS;Kremlin spokesman
Donald Trump|*;USA;P
Joe Biden|*;USA;P
Antony Blinken|*;USA;secretary of state
Marco Rubio|*;USA;secretary of state
Xi Jinping|Xi;CHN;P
Wang Yi;CHN;F
Kim Jong Un|Kim Jong-un|Kim Jong-Un;PRK;leader
Volodymyr Zelensky|Volodymyr Zelenskyy|Zelensky|Zelenskyy|Zelenskiy;UKR;P
Narendra Modi|*;IND;M
Shehbaz Sharif;PAK;M
Recep Tayyip Erdogan|*;TUR;P
Benjamin Netanyahu|*;ISR;M
Ali Khamenei|*;IRN;supreme leader
Masoud Pezeshkian|*;IRN;P
Abbas Araghchi|*;IRN;F
Emmanuel Macron|*;FRA;P
Olaf Scholz|*;DEU;chancellor
Friedrich Merz|*;DEU;chancellor
Keir Starmer|*;GBR;M
Rishi Sunak|*;GBR;M
Giorgia Meloni|*;ITA;M
Fumio Kishida|*;JPN;M
Shigeru Ishiba|*;JPN;M
Shinzo Abe|*;JPN;M
Yoon Suk Yeol|Yoon Suk-yeol|Yoon;KOR;P
Lee Jae-myung;KOR;P
Moon Jae-in;KOR;P
Nicolás Maduro|*;VEN;P
Irfaan Ali;GUY;P
Luiz Inácio Lula da Silva|Lula;BRA;P
Javier Milei|*;ARG;P
Cyril Ramaphosa|*;ZAF;P
Abiy Ahmed|Abiy;ETH;M
Isaias Afwerki|Isaias;ERI;P
Mohammed bin Salman|bin Salman;SAU;crown prince
King Salman;SAU;king
Alexander Lukashenko|*|Alyaksandr Lukashenka|Aliaksandr Lukashenka|Lukashenka;BLR;P
Viktor Orban|*;HUN;M
Bola Tinubu|*;NGA;P
Anthony Albanese|*;AUS;M
Justin Trudeau|*;CAN;M
Mark Carney|*;CAN;M
Claudia Sheinbaum|*;MEX;P
Abdel Fattah al-Sisi|Sisi|el-Sisi;EGY;P
Bashar al-Assad|Assad;SYR;P
Antonio Guterres|*;UN;secretary-general
Jens Stoltenberg|*;NOR;M;;2014-09-30
Jens Stoltenberg|*;NATO;secretary general;2014-10-01;2024-09-30
Jens Stoltenberg|*;NOR;finance minister;2024-10-01
Mark Rutte|*;NLD;M;;2024-09-30
Mark Rutte|*;NATO;secretary general;2024-10-01
Ursula von der Leyen|von der Leyen;EU;Commission president
Kim Jong Il;PRK;leader
# Heads of state and government and foreign ministers of the last fifteen years, as the news names them
# (a surname alone only where it names no one else in the news).
Barack Obama|*;USA;P
Mike Pompeo|*;USA;secretary of state
Rex Tillerson|*;USA;secretary of state
John Kerry;USA;secretary of state
Dmitry Medvedev|*;RUS;P
Sergei Shoigu|*;RUS;defence minister
Li Qiang;CHN;premier
Li Keqiang;CHN;premier
Hu Jintao;CHN;P
François Hollande|*;FRA;P
Nicolas Sarkozy|*;FRA;P
Angela Merkel|*;DEU;chancellor
Frank-Walter Steinmeier|*;DEU;P
David Cameron;GBR;M
Nancy Pelosi|*;USA;house speaker
Kevin McCarthy;USA;house speaker
John Boehner|*;USA;house speaker
Boris Johnson;GBR;M
Theresa May;GBR;M
Liz Truss;GBR;M
Petro Poroshenko|*;UKR;P
Dmytro Kuleba|*;UKR;F
Mevlut Cavusoglu|*;TUR;F
Hakan Fidan;TUR;F
Hassan Rouhani|*;IRN;P
Ebrahim Raisi|*;IRN;P
Javad Zarif|Mohammad Javad Zarif|Zarif;IRN;F
Naftali Bennett;ISR;M
Yair Lapid|*;ISR;M
Isaac Herzog;ISR;P
Manmohan Singh;IND;M
Subrahmanyam Jaishankar|S. Jaishankar|Jaishankar;IND;external affairs minister
Imran Khan;PAK;M
Nawaz Sharif;PAK;M
Yoshihide Suga;JPN;M
Park Geun-hye;KOR;P
Rodrigo Duterte|*;PHL;P
Ferdinand Marcos Jr.|Ferdinand Marcos Jr|Marcos;PHL;P
Joko Widodo|*|Jokowi;IDN;P
Prabowo Subianto|Prabowo;IDN;P
Jair Bolsonaro|*;BRA;P
Dilma Rousseff|*;BRA;P
Hugo Chávez|*;VEN;P
Raúl Castro|Fidel Castro;CUB;P
Miguel Díaz-Canel|*;CUB;P
Andrés Manuel López Obrador|López Obrador;MEX;P
Gustavo Petro;COL;P
Tamim bin Hamad Al Thani|Sheikh Tamim;QAT;emir
Mohamed bin Zayed|Mohammed bin Zayed;ARE;P
Ahmed al-Sharaa|*;SYR;P
Muhammadu Buhari|*;NGA;P
William Ruto|*;KEN;P
Uhuru Kenyatta|*;KEN;P
Jacob Zuma|*;ZAF;P
Paul Kagame|*;RWA;P
Félix Tshisekedi|*;COD;P
Malcolm Turnbull|*;AUS;M
Scott Morrison;AUS;M
Jacinda Ardern|*;NZL;M
Andrzej Duda|*;POL;P
Donald Tusk|*;POL;M
Aleksandar Vučić|*;SRB;P
Kassym-Jomart Tokayev|*;KAZ;P
Nursultan Nazarbayev|*;KAZ;P
Ilham Aliyev|*;AZE;P
Nikol Pashinyan|*;ARM;M
Alexis Tsipras|*;GRC;M
Kyriakos Mitsotakis|*;GRC;M
Josep Borrell|*;EU;foreign policy chief
Ban Ki-moon;UN;secretary-general
# Europe, 2015 to 2025: heads of state and government, foreign and some defence ministers (names news text uses).
Heinz Fischer;AUT;P
Alexander Van der Bellen|Van der Bellen;AUT;P
Werner Faymann|*;AUT;chancellor
Christian Kern;AUT;chancellor
Sebastian Kurz;AUT;chancellor
Brigitte Bierlein;AUT;chancellor
Alexander Schallenberg|*;AUT;chancellor
Karl Nehammer|*;AUT;chancellor
Christian Stocker;AUT;chancellor
Karin Kneissl|*;AUT;F
Michael Linhart;AUT;F
Beate Meinl-Reisinger|*;AUT;F
King Philippe;BEL;king
Sophie Wilmès|*;BEL;M
Alexander De Croo|De Croo;BEL;M
Bart De Wever|De Wever;BEL;M
Charles Michel;BEL;M;;2019-11-30
Charles Michel;EU;European Council president;2019-12-01;2024-11-30
Didier Reynders;BEL;F
Hadja Lahbib;BEL;F
Maxime Prévot;BEL;F
Rosen Plevneliev|*;BGR;P
Rumen Radev;BGR;P
Boyko Borissov|Boyko Borisov;BGR;M
Ognyan Gerdzhikov;BGR;M
Stefan Yanev;BGR;M
Kiril Petkov;BGR;M
Galab Donev;BGR;M
Nikolai Denkov|Nikolay Denkov;BGR;M
Dimitar Glavchev;BGR;M
Rosen Zhelyazkov;BGR;M
Daniel Mitov;BGR;F
Ekaterina Zaharieva;BGR;F
Teodora Genchovska;BGR;F
Ivan Kondov;BGR;F
Mariya Gabriel;BGR;F
Georg Georgiev;BGR;F
Kolinda Grabar-Kitarović|*;HRV;P
Zoran Milanović;HRV;P
Tihomir Orešković;HRV;M
Andrej Plenković|*;HRV;M
Vesna Pusić;HRV;F
Miro Kovač;HRV;F
Davor Ivo Stier;HRV;F
Marija Pejčinović Burić;HRV;F
Gordan Grlić Radman;HRV;F
Nicos Anastasiades|Nikos Anastasiades|Anastasiades;CYP;P
Nikos Christodoulides|Nicos Christodoulides|Christodoulides;CYP;P
Ioannis Kasoulides|*;CYP;F
Constantinos Kombos;CYP;F
Miloš Zeman;CZE;P
Petr Pavel;CZE;P
Bohuslav Sobotka;CZE;M
Andrej Babiš|*;CZE;M
Petr Fiala;CZE;M
Lubomír Zaorálek|*;CZE;F
Martin Stropnický;CZE;F
Tomáš Petříček;CZE;F
Jakub Kulhánek;CZE;F
Jan Lipavský|*;CZE;F
Queen Margrethe|Queen Margrethe II;DNK;queen
King Frederik|King Frederik X;DNK;king
Lars Løkke Rasmussen|Lars Lokke Rasmussen|Løkke Rasmussen|Lokke Rasmussen;DNK;M
Helle Thorning-Schmidt|*;DNK;M
Mette Frederiksen;DNK;M
Martin Lidegaard;DNK;F
Kristian Jensen;DNK;F
Anders Samuelsen;DNK;F
Jeppe Kofod;DNK;F
Toomas Hendrik Ilves;EST;P
Kersti Kaljulaid|*;EST;P
Alar Karis;EST;P
Taavi Rõivas;EST;M
Jüri Ratas;EST;M
Kaja Kallas|*;EST;M;;2024-11-30
Kaja Kallas|*;EU;foreign policy chief;2024-12-01
Kristen Michal;EST;M
Keit Pentus-Rosimannus;EST;F
Marina Kaljurand;EST;F
Sven Mikser;EST;F
Urmas Reinsalu|*;EST;F
Eva-Maria Liimets;EST;F
Margus Tsahkna|*;EST;F
Sauli Niinistö|*;FIN;P
Alexander Stubb|*;FIN;P
Juha Sipilä|*;FIN;M
Antti Rinne;FIN;M
Sanna Marin;FIN;M
Petteri Orpo|*;FIN;M
Erkki Tuomioja;FIN;F
Timo Soini;FIN;F
Pekka Haavisto|*;FIN;F
Elina Valtonen;FIN;F
Manuel Valls|*;FRA;M
Bernard Cazeneuve|*;FRA;M
Édouard Philippe;FRA;M
Jean Castex|*;FRA;M
Élisabeth Borne;FRA;M
Gabriel Attal|*;FRA;M
Michel Barnier|*;FRA;M;2021-04-01
Michel Barnier|*;EU;Brexit negotiator;2016-07-27;2021-03-31
François Bayrou|*;FRA;M
Sébastien Lecornu|*;FRA;M
Laurent Fabius|*;FRA;F
Jean-Marc Ayrault|*;FRA;F
Jean-Yves Le Drian|Le Drian;FRA;F
Catherine Colonna;FRA;F
Stéphane Séjourné|*;FRA;F
Jean-Noël Barrot|*;FRA;F
Joachim Gauck|*;DEU;P
Sigmar Gabriel;DEU;F
Heiko Maas;DEU;F
Annalena Baerbock|*;DEU;F
Johann Wadephul|*;DEU;F
Boris Pistorius;DEU;defence minister
Annegret Kramp-Karrenbauer|*;DEU;defence minister
Christine Lambrecht;DEU;defence minister
Prokopis Pavlopoulos|*;GRC;P
Katerina Sakellaropoulou|*;GRC;P
Konstantinos Tasoulas|*;GRC;P
Antonis Samaras|*;GRC;M
Vassiliki Thanou-Christophilou|Vassiliki Thanou;GRC;M
Ioannis Sarmas;GRC;M
Nikos Kotzias|*;GRC;F
Giorgos Katrougalos|George Katrougalos|Katrougalos;GRC;F
Nikos Dendias|*;GRC;F
Giorgos Gerapetritis|George Gerapetritis|Gerapetritis;GRC;F
János Áder|*;HUN;P
Katalin Novák;HUN;P
Tamás Sulyok|*;HUN;P
Péter Szijjártó|*;HUN;F
Michael D. Higgins|Michael D Higgins;IRL;P
Catherine Connolly;IRL;P
Enda Kenny;IRL;M
Leo Varadkar|*;IRL;M
Micheál Martin;IRL;M
Simon Harris;IRL;M
Charles Flanagan;IRL;F
Simon Coveney|*;IRL;F
Helen McEntee;IRL;F
Sergio Mattarella|*;ITA;P
Giorgio Napolitano;ITA;P
Matteo Renzi|*;ITA;M
Paolo Gentiloni|*;ITA;M;;2019-11-30
Giuseppe Conte;ITA;M
Mario Draghi;ITA;M;2019-11-01
Angelino Alfano|*;ITA;F
Enzo Moavero Milanesi|Moavero Milanesi;ITA;F
Luigi Di Maio|Di Maio;ITA;F
Antonio Tajani|*;ITA;F;2019-07-03
Antonio Tajani|*;EU;European Parliament president;2017-01-17;2019-07-02
Andris Bērziņš;LVA;P
Raimonds Vējonis|*;LVA;P
Egils Levits;LVA;P
Edgars Rinkēvičs|*;LVA;P
Laimdota Straujuma|*;LVA;M
Māris Kučinskis|*;LVA;M
Krišjānis Kariņš|*;LVA;M
Evika Siliņa|*;LVA;M
Baiba Braže;LVA;F
Dalia Grybauskaitė|*;LTU;P
Gitanas Nausėda|*;LTU;P
Algirdas Butkevičius|*;LTU;M
Saulius Skvernelis|*;LTU;M
Ingrida Šimonytė|*;LTU;M
Gintautas Paluckas;LTU;M
Inga Ruginienė;LTU;M
Linas Linkevičius|*;LTU;F
Gabrielius Landsbergis|*;LTU;F
Kęstutis Budrys;LTU;F
Grand Duke Henri;LUX;grand duke
Grand Duke Guillaume;LUX;grand duke
Xavier Bettel|*;LUX;M
Luc Frieden;LUX;M
Jean Asselborn|*;LUX;F
Jean-Claude Juncker|*;EU;Commission president
Federica Mogherini|*;EU;foreign policy chief
António Costa;EU;European Council president;2024-12-01
António Costa;PRT;M;;2024-11-30
Marie-Louise Coleiro Preca;MLT;P
George Vella;MLT;P
Myriam Spiteri Debono;MLT;P
Joseph Muscat;MLT;M
Robert Abela;MLT;M
Carmelo Abela;MLT;F
Evarist Bartolo;MLT;F
Ian Borg;MLT;F
King Willem-Alexander|*;NLD;king
Dick Schoof|*;NLD;M
Bert Koenders|*;NLD;F
Halbe Zijlstra|*;NLD;F
Stef Blok;NLD;F
Sigrid Kaag|*;NLD;F
Wopke Hoekstra;NLD;F
Hanke Bruins Slot;NLD;F
Caspar Veldkamp|*;NLD;F
David van Weel;NLD;F
Bronisław Komorowski|Bronislaw Komorowski|Komorowski;POL;P
Karol Nawrocki|*;POL;P
Ewa Kopacz|*;POL;M
Beata Szydło|Beata Szydlo|Szydło|Szydlo;POL;M
Mateusz Morawiecki|*;POL;M
Grzegorz Schetyna|*;POL;F
Witold Waszczykowski|*;POL;F
Jacek Czaputowicz|*;POL;F
Zbigniew Rau;POL;F
Radosław Sikorski|Radoslaw Sikorski|Sikorski;POL;F
Aníbal Cavaco Silva|Cavaco Silva;PRT;P
Marcelo Rebelo de Sousa|Rebelo de Sousa;PRT;P
Pedro Passos Coelho|Passos Coelho;PRT;M
Luís Montenegro;PRT;M
Augusto Santos Silva;PRT;F
João Gomes Cravinho;PRT;F
Paulo Rangel;PRT;F
Klaus Iohannis|*;ROU;P
Nicușor Dan;ROU;P
Victor Ponta;ROU;M
Dacian Cioloș|*;ROU;M
Sorin Grindeanu|*;ROU;M
Mihai Tudose;ROU;M
Viorica Dăncilă|*;ROU;M
Ludovic Orban;ROU;M
Florin Cîțu;ROU;M
Nicolae Ciucă|*;ROU;M
Marcel Ciolacu|*;ROU;M
Ilie Bolojan|*;ROU;M
Bogdan Aurescu|*;ROU;F
Teodor Meleșcanu|*;ROU;F
Luminița Odobescu;ROU;F
Oana Țoiu;ROU;F
Andrej Kiska|*;SVK;P
Zuzana Čaputová|*;SVK;P
Peter Pellegrini;SVK;P
Robert Fico|*;SVK;M
Igor Matovič|*;SVK;M
Eduard Heger;SVK;M
Ľudovít Ódor;SVK;M
Miroslav Lajčák|*;SVK;F
Ivan Korčok|*;SVK;F
Rastislav Káčer;SVK;F
Juraj Blanár|*;SVK;F
Borut Pahor|*;SVN;P
Nataša Pirc Musar|Pirc Musar;SVN;P
Miro Cerar;SVN;M
Marjan Šarec|*;SVN;M
Janez Janša|*;SVN;M
Robert Golob|*;SVN;M
Karl Erjavec|*;SVN;F
Anže Logar;SVN;F
Tanja Fajon|*;SVN;F
King Felipe|King Felipe VI|Felipe VI;ESP;king
Mariano Rajoy|*;ESP;M
Pedro Sánchez;ESP;M
José Manuel García-Margallo|*;ESP;F
Alfonso Dastis|*;ESP;F
Arancha González Laya;ESP;F
José Manuel Albares|*;ESP;F
King Carl XVI Gustaf|Carl XVI Gustaf;SWE;king
Stefan Löfven|*;SWE;M
Magdalena Andersson;SWE;M
Ulf Kristersson|*;SWE;M
Margot Wallström|*;SWE;F
Ann Linde;SWE;F
Tobias Billström|*;SWE;F
Maria Malmer Stenergard;SWE;F
King Charles|King Charles III;GBR;king
Queen Elizabeth|Queen Elizabeth II;GBR;queen
Philip Hammond;GBR;foreign secretary
Jeremy Hunt;GBR;foreign secretary
Dominic Raab|*;GBR;foreign secretary
James Cleverly;GBR;foreign secretary
David Lammy|*;GBR;foreign secretary
Yvette Cooper;GBR;foreign secretary
Ben Wallace;GBR;defence secretary
Grant Shapps|*;GBR;defence secretary
John Healey;GBR;defence secretary
King Harald|King Harald V;NOR;king
Erna Solberg;NOR;M
Jonas Gahr Støre|Jonas Gahr Store|Gahr Støre|Støre;NOR;M
Børge Brende|Borge Brende;NOR;F
Ine Eriksen Søreide|Ine Eriksen Soreide;NOR;F
Anniken Huitfeldt|*;NOR;F
Espen Barth Eide;NOR;F
Simonetta Sommaruga;CHE;P
Johann Schneider-Ammann;CHE;P
Doris Leuthard;CHE;P
Alain Berset;CHE;P;;2024-09-17
Ueli Maurer;CHE;P
Guy Parmelin;CHE;P
Viola Amherd;CHE;P
Karin Keller-Sutter|*;CHE;P
Didier Burkhalter|*;CHE;F
Ignazio Cassis;CHE;F
Ólafur Ragnar Grímsson;ISL;P
Guðni Th. Jóhannesson|Gudni Johannesson|Gudni Th. Johannesson;ISL;P
Halla Tómasdóttir;ISL;P
Sigmundur Davíð Gunnlaugsson|Sigmundur David Gunnlaugsson;ISL;M
Sigurður Ingi Jóhannsson|Sigurdur Ingi Johannsson;ISL;M
Bjarni Benediktsson;ISL;M
Katrín Jakobsdóttir;ISL;M
Kristrún Frostadóttir;ISL;M
Prince Hans-Adam II;LIE;prince
Hereditary Prince Alois;LIE;hereditary prince
Adrian Hasler;LIE;M
Daniel Risch;LIE;M
Brigitte Haas;LIE;M
Prince Albert II|Albert II of Monaco;MCO;prince
Serge Telle;MCO;minister of state
Pierre Dartout;MCO;minister of state
Antoni Martí;AND;head of government
Xavier Espot Zamora|Xavier Espot;AND;head of government
Pope Francis;VAT;pope
Pope Benedict XVI|Pope Benedict;VAT;pope
Pope Leo XIV|Pope Leo;VAT;pope
Pietro Parolin|Cardinal Parolin;VAT;secretary of state
Bujar Nishani;ALB;P
Ilir Meta;ALB;P
Bajram Begaj;ALB;P
Edi Rama;ALB;M
Ditmir Bushati;ALB;F
Gent Cakaj;ALB;F
Olta Xhaçka;ALB;F
Igli Hasani;ALB;F
Gjorge Ivanov;MKD;P
Stevo Pendarovski|*;MKD;P
Gordana Siljanovska-Davkova|*;MKD;P
Nikola Gruevski|*;MKD;M
Zoran Zaev|*;MKD;M
Oliver Spasovski;MKD;M
Dimitar Kovačevski;MKD;M
Talat Xhaferi;MKD;M
Hristijan Mickoski|*;MKD;M
Nikola Poposki;MKD;F
Nikola Dimitrov;MKD;F
Bujar Osmani;MKD;F
Timčo Mucunski;MKD;F
Filip Vujanović;MNE;P
Milo Đukanović|Milo Djukanovic|Milo Dukanovic|Đukanović|Djukanovic;MNE;P
Jakov Milatović|*;MNE;P
Duško Marković;MNE;M
Zdravko Krivokapić|*;MNE;M
Dritan Abazović|*;MNE;M
Milojko Spajić;MNE;M
Tomislav Nikolić;SRB;P
Ana Brnabić|*;SRB;M
Miloš Vučević;SRB;M
Đuro Macut|Djuro Macut;SRB;M
Ivica Dačić|*;SRB;F
Nikola Selaković;SRB;F
Marko Đurić|Marko Djuric;SRB;F
Bakir Izetbegović;BIH;presidency member
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
Igor Crnadak;BIH;F
Bisera Turković;BIH;F
Elmedin Konaković;BIH;F
Atifete Jahjaga;XKX;P
Hashim Thaçi|*;XKX;P
Vjosa Osmani;XKX;P
Isa Mustafa;XKX;M
Ramush Haradinaj|*;XKX;M
Albin Kurti|*;XKX;M
Avdullah Hoti;XKX;M
Donika Gërvalla-Schwarz|Donika Gervalla;XKX;F
Nicolae Timofti;MDA;P
Igor Dodon|*;MDA;P
Maia Sandu;MDA;P
Chiril Gaburici;MDA;M
Valeriu Streleț;MDA;M
Pavel Filip;MDA;M
Ion Chicu;MDA;M
Natalia Gavrilița;MDA;M
Dorin Recean|*;MDA;M
Alexandru Munteanu;MDA;M
Nicu Popescu;MDA;F
Mihai Popșoi;MDA;F
Arseniy Yatsenyuk|Arseniy Yatseniuk|Yatsenyuk;UKR;M
Volodymyr Groysman|*;UKR;M
Oleksiy Honcharuk|*;UKR;M
Denys Shmyhal|*;UKR;M
Yulia Svyrydenko|*;UKR;M
Pavlo Klimkin|*;UKR;F
Vadym Prystaiko|*;UKR;F
Andrii Sybiha|Andriy Sybiha|Sybiha;UKR;F
Oleksii Reznikov|Oleksiy Reznikov|Reznikov;UKR;defence minister
Rustem Umerov|*;UKR;defence minister
Andrei Kobyakov;BLR;M
Sergei Rumas;BLR;M
Roman Golovchenko;BLR;M
Alexander Turchin;BLR;M
Vladimir Makei|Uladzimir Makei|Makei;BLR;F
Sergei Aleinik;BLR;F
Maxim Ryzhenkov;BLR;F
Mikhail Mishustin|*;RUS;M
Andrei Belousov|Andrey Belousov;RUS;defence minister
Giorgi Margvelashvili|*;GEO;P
Salome Zourabichvili|Salome Zurabishvili|Zourabichvili|Zurabishvili;GEO;P
Mikheil Kavelashvili|*;GEO;P
Irakli Garibashvili|*;GEO;M
Giorgi Kvirikashvili|*;GEO;M
Mamuka Bakhtadze|*;GEO;M
Giorgi Gakharia|*;GEO;M
Irakli Kobakhidze|*;GEO;M
Mikheil Janelidze;GEO;F
David Zalkaliani;GEO;F
Ilia Darchiashvili;GEO;F
Maka Botchorishvili;GEO;F
Serzh Sargsyan|Serzh Sarkisian;ARM;P
Armen Sarkissian|Armen Sargsyan;ARM;P
Vahagn Khachaturyan;ARM;P
Hovik Abrahamyan;ARM;M
Karen Karapetyan;ARM;M
Edward Nalbandian|Eduard Nalbandyan;ARM;F
Zohrab Mnatsakanyan;ARM;F
Ararat Mirzoyan;ARM;F
Artur Rasizade;AZE;M
Novruz Mammadov;AZE;M
Ali Asadov;AZE;M
Elmar Mammadyarov|*;AZE;F
Jeyhun Bayramov;AZE;F
Ahmet Davutoğlu|*;TUR;M
Binali Yıldırım|Binali Yildirim;TUR;M
# the Middle East and Asia, 2015 to 2025: heads of state and government, foreign and some defence ministers (names news text uses).
Reuven Rivlin|*;ISR;P
Gabi Ashkenazi;ISR;F
Eli Cohen;ISR;F
Israel Katz;ISR;F
Gideon Sa'ar|Gideon Saar;ISR;F
Avigdor Lieberman|Avigdor Liberman;ISR;defence minister
Moshe Ya'alon|Moshe Yaalon;ISR;defence minister
Benny Gantz|*;ISR;defence minister
Yoav Gallant;ISR;defence minister
Rami Hamdallah|*;PSE;M
Mohammad Shtayyeh|Mohammad Shtayyah|Shtayyeh;PSE;M
Riyad al-Maliki|Riyad Al-Maliki|Riad Malki|Riyad al-Malki|Riyad Al-Malki;PSE;F
Varsen Aghabekian;PSE;F
Abdullah Ensour;JOR;M
Hani Mulki;JOR;M
Omar Razzaz;JOR;M
Bisher Khasawneh;JOR;M
Jafar Hassan;JOR;M
Nasser Judeh;JOR;F
Ayman Safadi;JOR;F
Michel Aoun|*;LBN;P
Joseph Aoun;LBN;P
Tammam Salam;LBN;M
Saad Hariri|Saad al-Hariri|Saad Al-Hariri|Hariri;LBN;M
Hassan Diab;LBN;M
Najib Mikati|*;LBN;M
Nawaf Salam;LBN;M
Gebran Bassil|*;LBN;F
Abdallah Bou Habib;LBN;F
Youssef Rajji;LBN;F
Wael al-Halqi|Wael Al-Halqi;SYR;M
Imad Khamis;SYR;M
Hussein Arnous;SYR;M
Mohammad Ghazi al-Jalali|Mohammad Ghazi Al-Jalali;SYR;M
Mohammed al-Bashir|Mohammed Al-Bashir;SYR;M
Walid al-Muallem|Walid Al-Muallem|Walid Muallem|Muallem;SYR;F
Faisal Mekdad|Faisal al-Mekdad|Faisal Al-Mekdad|Mekdad;SYR;F
Bassam Sabbagh;SYR;F
Asaad al-Shaibani|Asaad Al-Shaibani|Asaad Hassan al-Shaibani|Asaad Hassan Al-Shaibani|al-Shaibani|Al-Shaibani|Shaibani;SYR;F
Fuad Masum|Fuad Masoum;IRQ;P
Barham Salih|Barham Saleh;IRQ;P
Abdul Latif Rashid;IRQ;P
Haider al-Abadi|Haider Al-Abadi|Haidar al-Abadi|Haidar Al-Abadi;IRQ;M
Adil Abdul-Mahdi|Adel Abdul Mahdi;IRQ;M
Mustafa al-Kadhimi|Mustafa Al-Kadhimi|Mustafa Kadhimi|Kadhimi;IRQ;M
Mohammed Shia al-Sudani|Mohammed Shia Al-Sudani|Mohammed Shia Al Sudani;IRQ;M
Ibrahim al-Jaafari|Ibrahim Al-Jaafari;IRQ;F
Mohamed Ali Alhakim;IRQ;F
Fuad Hussein;IRQ;F
Hossein Amir-Abdollahian|Hossein Amirabdollahian|Amir-Abdollahian|Amirabdollahian;IRN;F
Ali Bagheri Kani|Ali Bagheri;IRN;F
Adel al-Jubeir|Adel Al-Jubeir|Jubeir;SAU;F
Ibrahim al-Assaf|Ibrahim Al-Assaf;SAU;F
Faisal bin Farhan|Prince Faisal bin Farhan;SAU;F
Khalifa bin Zayed|Sheikh Khalifa bin Zayed|Khalifa bin Zayed Al Nahyan;ARE;P
Mohammed bin Rashid|Mohammed bin Rashid Al Maktoum|Sheikh Mohammed bin Rashid;ARE;M
Abdullah bin Zayed|Sheikh Abdullah bin Zayed|Abdullah bin Zayed Al Nahyan;ARE;F
Sheikh Hamad bin Khalifa|Hamad bin Khalifa Al Thani;QAT;emir
Abdullah bin Nasser bin Khalifa Al Thani|Abdullah bin Nasser;QAT;M
Khalid bin Khalifa bin Abdulaziz Al Thani|Khalid bin Khalifa;QAT;M
Mohammed bin Abdulrahman Al Thani|Mohammed bin Abdulrahman|Sheikh Mohammed bin Abdulrahman;QAT;M
Khalid al-Attiyah|Khalid Al-Attiyah;QAT;F
Sabah al-Ahmad al-Jaber al-Sabah|Sabah Al-Ahmad Al-Jaber Al-Sabah|Sabah al-Ahmad|Sabah Al-Ahmad|Sheikh Sabah al-Ahmad|Sheikh Sabah Al-Ahmad;KWT;emir
Nawaf al-Ahmad al-Jaber al-Sabah|Nawaf Al-Ahmad Al-Jaber Al-Sabah|Nawaf al-Ahmad|Nawaf Al-Ahmad|Sheikh Nawaf al-Ahmad|Sheikh Nawaf Al-Ahmad;KWT;emir
Mishal al-Ahmad al-Jaber al-Sabah|Mishal Al-Ahmad Al-Jaber Al-Sabah|Mishal al-Ahmad|Mishal Al-Ahmad|Sheikh Mishal al-Ahmad|Sheikh Mishal Al-Ahmad|Sheikh Meshal al-Ahmad|Sheikh Meshal Al-Ahmad;KWT;emir
Jaber al-Mubarak al-Sabah|Jaber Al-Mubarak Al-Sabah|Jaber al-Mubarak|Jaber Al-Mubarak;KWT;M
Sabah al-Khalid al-Sabah|Sabah Al-Khalid Al-Sabah|Sabah al-Khalid|Sabah Al-Khalid;KWT;M
Ahmad Nawaf al-Ahmad al-Sabah|Ahmad Nawaf Al-Ahmad Al-Sabah;KWT;M
Mohammad Sabah al-Salem al-Sabah|Mohammad Sabah Al-Salem Al-Sabah;KWT;M
Ahmad Abdullah al-Ahmad al-Sabah|Ahmad Abdullah Al-Ahmad Al-Sabah;KWT;M
King Hamad|Hamad bin Isa Al Khalifa|King Hamad bin Isa;BHR;king
Khalifa bin Salman Al Khalifa;BHR;M
Salman bin Hamad Al Khalifa|Crown Prince Salman bin Hamad;BHR;M
Khalid bin Ahmed Al Khalifa;BHR;F
Abdullatif bin Rashid Al Zayani|Abdullatif al-Zayani|Abdullatif Al-Zayani;BHR;F
Sultan Qaboos|Qaboos bin Said|Qaboos;OMN;sultan
Haitham bin Tariq|Sultan Haitham|Haitham bin Tariq Al Said;OMN;sultan
Yusuf bin Alawi bin Abdullah|Yusuf bin Alawi;OMN;F
Badr Albusaidi|Badr al-Busaidi|Badr Al-Busaidi|Badr bin Hamad Albusaidi|Badr bin Hamad al-Busaidi|Badr bin Hamad Al-Busaidi;OMN;F
Abd Rabbuh Mansur Hadi|Abed Rabbo Mansour Hadi|Abd-Rabbu Mansour Hadi|Abdrabbuh Mansur Hadi|Abdu Rabbu Mansour Hadi;YEM;P
Rashad al-Alimi|Rashad Al-Alimi;YEM;presidential council chairman
Khaled Bahah;YEM;M
Ahmed Obeid bin Daghr;YEM;M
Maeen Abdulmalik|Maeen Abdulmalik Saeed;YEM;M
Ahmed Awad bin Mubarak;YEM;M
Salem bin Breik;YEM;M
Ibrahim Mahlab;EGY;M
Sherif Ismail;EGY;M
Mostafa Madbouly|Moustafa Madbouly|Madbouly;EGY;M
Sameh Shoukry|*;EGY;F
Badr Abdelatty|*;EGY;F
Fayez al-Sarraj|Fayez Al-Sarraj|Fayez Sarraj|Fayez al-Serraj|Fayez Al-Serraj|Sarraj;LBY;M
Abdul Hamid Dbeibah|Abdulhamid Dbeibah|Abdul Hamid Dbeibeh|Dbeibah|Dbeibeh;LBY;M
Mohamed al-Menfi|Mohamed Al-Menfi|Mohammed al-Menfi|Mohammed Al-Menfi;LBY;presidential council head
Beji Caid Essebsi|*;TUN;P
Kais Saied;TUN;P
Habib Essid;TUN;M
Youssef Chahed|*;TUN;M
Elyes Fakhfakh;TUN;M
Hichem Mechichi;TUN;M
Najla Bouden;TUN;M
Ahmed Hachani;TUN;M
Kamel Madouri;TUN;M
Sarra Zaafrani Zenzri;TUN;M
Abdelkader Bensalah;DZA;P
Abdelmadjid Tebboune|Abdelmadjid Tebboun|Tebboune;DZA;P
Abdelmalek Sellal|*;DZA;M
Ahmed Ouyahia|*;DZA;M
Noureddine Bedoui;DZA;M
Abdelaziz Djerad;DZA;M
Aïmene Benabderrahmane;DZA;M
Nadir Larbaoui;DZA;M
Ramtane Lamamra|*;DZA;F
Sabri Boukadoum;DZA;F
Ahmed Attaf;DZA;F
King Mohammed VI|Mohammed VI;MAR;king
Abdelilah Benkirane|*;MAR;M
Saadeddine Othmani|Saad Eddine El Othmani|Saadeddine El Othmani;MAR;M
Aziz Akhannouch|*;MAR;M
Salaheddine Mezouar;MAR;F
Nasser Bourita|*;MAR;F
Abdel Fattah al-Burhan|Abdel Fattah Al-Burhan|Abdel-Fattah al-Burhan|Abdel-Fattah Al-Burhan|Abdel Fattah Burhan|al-Burhan|Al-Burhan;SDN;army chief and council head
Abdalla Hamdok|Abdallah Hamdok|Hamdok;SDN;M
Kamil Idris;SDN;M
Bakri Hassan Saleh;SDN;M
Salva Kiir|Salva Kiir Mayardit|Kiir;SSD;P
Qin Gang;CHN;F
Wei Fenghe;CHN;defence minister
Li Shangfu;CHN;defence minister
Dong Jun;CHN;defence minister
Ma Ying-jeou|Ma Ying-Jeou;TWN;P
Tsai Ing-wen|Tsai Ing-Wen;TWN;P
Lai Ching-te|Lai Ching-Te|William Lai;TWN;P
Mao Chi-kuo;TWN;premier
Lin Chuan;TWN;premier
Su Tseng-chang;TWN;premier
Chen Chien-jen;TWN;premier
Cho Jung-tai;TWN;premier
Joseph Wu;TWN;F
Lin Chia-lung;TWN;F
Sanae Takaichi|*;JPN;M
Emperor Akihito|*;JPN;emperor
Emperor Naruhito|*;JPN;emperor
Taro Kono;JPN;F
Toshimitsu Motegi|*;JPN;F
Yoshimasa Hayashi;JPN;F
Yoko Kamikawa;JPN;F
Takeshi Iwaya;JPN;F
Hwang Kyo-ahn|Hwang Kyo-Ahn;KOR;acting president
Han Duck-soo|Han Duck-Soo;KOR;M
Choi Sang-mok;KOR;acting president
Lee Wan-koo;KOR;M
Lee Nak-yon|Lee Nak-yeon;KOR;M
Chung Sye-kyun;KOR;M
Kim Boo-kyum;KOR;M
Kim Min-seok;KOR;M
Yun Byung-se;KOR;F
Kang Kyung-wha;KOR;F
Chung Eui-yong;KOR;F
Park Jin;KOR;F
Cho Tae-yul;KOR;F
Cho Hyun;KOR;F
Pak Pong Ju|Pak Pong-ju;PRK;premier
Kim Jae Ryong;PRK;premier
Kim Tok Hun;PRK;premier
Pak Thae Song;PRK;premier
Ri Su Yong|Ri Su-yong;PRK;F
Ri Yong Ho|Ri Yong-ho;PRK;F
Ri Son Gwon;PRK;F
Choe Son Hui|Choe Son-hui;PRK;F
Kim Yo Jong|Kim Yo-jong;PRK;senior official
Tsakhiagiin Elbegdorj|*;MNG;P
Khaltmaagiin Battulga;MNG;P
Ukhnaagiin Khürelsükh|Ukhnaa Khurelsukh|Khürelsükh;MNG;P
Chimediin Saikhanbileg;MNG;M
Jargaltulgyn Erdenebat;MNG;M
Luvsannamsrain Oyun-Erdene|*;MNG;M
Gombojavyn Zandanshatar|*;MNG;M
Trương Tấn Sang;VNM;P
Trần Đại Quang|Tran Dai Quang;VNM;P
Nguyễn Phú Trọng;VNM;general secretary
Nguyễn Xuân Phúc;VNM;P
Võ Văn Thưởng;VNM;P
Tô Lâm;VNM;general secretary
Lương Cường;VNM;P
Nguyễn Tấn Dũng;VNM;M
Phạm Minh Chính;VNM;M
Phạm Bình Minh;VNM;F
Bùi Thanh Sơn;VNM;F
Choummaly Sayasone;LAO;P
Bounnhang Vorachith|Bounnhang Vorachit;LAO;P
Thongloun Sisoulith|Thongloun;LAO;P
Thongsing Thammavong;LAO;M
Phankham Viphavanh;LAO;M
Sonexay Siphandone;LAO;M
Saleumxay Kommasith;LAO;F
King Norodom Sihamoni|Norodom Sihamoni;KHM;king
Hun Manet;KHM;M
Prak Sokhonn;KHM;F
King Bhumibol Adulyadej|King Bhumibol|Bhumibol;THA;king
King Maha Vajiralongkorn|Maha Vajiralongkorn|King Vajiralongkorn|Vajiralongkorn;THA;king
Prayut Chan-o-cha|Prayuth Chan-ocha|Prayut Chan-ocha|Prayuth Chan-o-cha|Prayut|Prayuth;THA;M
Srettha Thavisin|Srettha;THA;M
Paetongtarn Shinawatra|Paetongtarn;THA;M
Anutin Charnvirakul|Anutin;THA;M
Don Pramudwinai;THA;F
Parnpree Bahiddha-nukara;THA;F
Maris Sangiampongsa;THA;F
Sihasak Phuangketkeow;THA;F
Thein Sein;MMR;P
Htin Kyaw;MMR;P
Win Myint;MMR;P
Aung San Suu Kyi|Suu Kyi;MMR;state counsellor
Min Aung Hlaing;MMR;military leader
Wunna Maung Lwin;MMR;F
Sultan Abdullah|Al-Sultan Abdullah;MYS;king
Sultan Ibrahim Iskandar;MYS;king
Najib Razak|Najib Tun Razak;MYS;M
Muhyiddin Yassin|Muhyiddin;MYS;M
Ismail Sabri Yaakob|Ismail Sabri;MYS;M
Anwar Ibrahim|Anwar;MYS;M
Anifah Aman;MYS;F
Saifuddin Abdullah;MYS;F
Zambry Abdul Kadir;MYS;F
Tony Tan;SGP;P
Halimah Yacob;SGP;P
Tharman Shanmugaratnam|Tharman;SGP;P
Lee Hsien Loong;SGP;M
Lawrence Wong;SGP;M
Vivian Balakrishnan;SGP;F
Retno Marsudi|*;IDN;F
Sugiono;IDN;F
Benigno Aquino III|Benigno Aquino|Noynoy Aquino;PHL;P
Albert del Rosario;PHL;foreign secretary
Perfecto Yasay;PHL;foreign secretary
Alan Peter Cayetano;PHL;foreign secretary
Teodoro Locsin Jr.|Teodoro Locsin|Locsin;PHL;foreign secretary
Enrique Manalo;PHL;foreign secretary
Theresa Lazaro;PHL;foreign secretary
Sultan Hassanal Bolkiah|Hassanal Bolkiah;BRN;sultan
Taur Matan Ruak;TLS;P
Francisco Guterres|Lú-Olo;TLS;P
José Ramos-Horta|*;TLS;P
Rui Maria de Araújo;TLS;M
Mari Alkatiri;TLS;M
Xanana Gusmão|Xanana;TLS;M
Pranab Mukherjee;IND;P
Ram Nath Kovind|*;IND;P
Droupadi Murmu|Draupadi Murmu|Murmu;IND;P
Sushma Swaraj;IND;external affairs minister
Rajnath Singh;IND;defence minister
Mamnoon Hussain;PAK;P
Arif Alvi;PAK;P
Shahid Khaqan Abbasi;PAK;M
Anwaar-ul-Haq Kakar|Anwaar ul Haq Kakar;PAK;M
Asim Munir|Syed Asim Munir;PAK;army chief
Qamar Javed Bajwa|*;PAK;army chief
Khawaja Asif;PAK;F
Shah Mehmood Qureshi;PAK;F
Bilawal Bhutto Zardari|Bilawal Bhutto|Bilawal;PAK;F
Jalil Abbas Jilani;PAK;F
Ishaq Dar;PAK;F
Mohammed Shahabuddin;BGD;P
Sheikh Hasina|Sheikh Hasina Wajed|Hasina;BGD;M
Muhammad Yunus|Mohammad Yunus;BGD;chief adviser
A. K. Abdul Momen|AK Abdul Momen|A.K. Abdul Momen;BGD;F
Hasan Mahmud;BGD;F
Touhid Hossain|Md Touhid Hossain;BGD;foreign adviser
Maithripala Sirisena|*;LKA;P
Gotabaya Rajapaksa|Gotabaya;LKA;P
Mahinda Rajapaksa;LKA;M
Ranil Wickremesinghe|*;LKA;P
Anura Kumara Dissanayake;LKA;P
Dinesh Gunawardena;LKA;M
Harini Amarasuriya;LKA;M
Mangala Samaraweera;LKA;F
Ali Sabry;LKA;F
Vijitha Herath;LKA;F
Ram Baran Yadav;NPL;P
Bidya Devi Bhandari;NPL;P
Ram Chandra Poudel|Ramchandra Paudel;NPL;P
Sushil Koirala;NPL;M
KP Sharma Oli|K. P. Sharma Oli|K.P. Sharma Oli|Khadga Prasad Sharma Oli;NPL;M
Pushpa Kamal Dahal|Prachanda;NPL;M
Sher Bahadur Deuba|*;NPL;M
Sushila Karki;NPL;M
Pradeep Gyawali;NPL;F
Narayan Khadka;NPL;F
King Jigme Khesar Namgyel Wangchuck|Jigme Khesar Namgyel Wangchuck;BTN;king
Tshering Tobgay;BTN;M
Lotay Tshering;BTN;M
Abdulla Yameen|*;MDV;P
Ibrahim Mohamed Solih|Ibrahim Solih;MDV;P
Mohamed Muizzu|*;MDV;P
Ashraf Ghani;AFG;P
Abdullah Abdullah;AFG;chief executive
Hibatullah Akhundzada|Haibatullah Akhundzada|Akhundzada;AFG;Taliban leader
Mohammad Hassan Akhund;AFG;M
Amir Khan Muttaqi|*;AFG;F
Karim Massimov|Karim Masimov;KAZ;M
Bakhytzhan Sagintayev;KAZ;M
Askar Mamin;KAZ;M
Alikhan Smailov;KAZ;M
Olzhas Bektenov;KAZ;M
Shavkat Mirziyoyev|*;UZB;P
Abdulla Aripov;UZB;M
Emomali Rahmon|Emomalii Rahmon|Rahmon;TJK;P
Kokhir Rasulzoda|Qohir Rasulzoda;TJK;M
Gurbanguly Berdimuhamedow|Gurbanguly Berdymukhamedov|Gurbanguly Berdimuhamedov;TKM;P
Serdar Berdimuhamedow|Serdar Berdymukhamedov|Serdar Berdimuhamedov;TKM;P
Berdimuhamedow|Berdymukhamedov|Berdimuhamedov;TKM;P
Almazbek Atambayev|*;KGZ;P
Sooronbay Jeenbekov|*;KGZ;P
Sadyr Japarov|Sadyr Zhaparov;KGZ;P
Akylbek Japarov|Akylbek Zhaparov;KGZ;cabinet chairman
Adylbek Kasymaliev;KGZ;cabinet chairman
# the Americas, Africa and Oceania, 2015 to 2025: heads of state and government, foreign and some defence ministers (names news text uses).
Kamala Harris;USA;vice president
Mike Pence|*;USA;vice president
JD Vance|J.D. Vance;USA;vice president
Ash Carter;USA;defense secretary
Jim Mattis|James Mattis|Mattis;USA;defense secretary
Mark Esper|*;USA;defense secretary
Lloyd Austin;USA;defense secretary
Pete Hegseth|*;USA;defense secretary
Stéphane Dion;CAN;F
Chrystia Freeland|*;CAN;F
François-Philippe Champagne;CAN;F
Marc Garneau;CAN;F
Mélanie Joly;CAN;F
Anita Anand;CAN;F
Enrique Peña Nieto|Peña Nieto;MEX;P
José Antonio Meade;MEX;F
Claudia Ruiz Massieu;MEX;F
Luis Videgaray|*;MEX;F
Marcelo Ebrard|*;MEX;F
Alicia Bárcena;MEX;F
Juan Ramón de la Fuente;MEX;F
Manuel Marrero Cruz|Manuel Marrero;CUB;M
Bruno Rodríguez Parrilla|Bruno Rodríguez;CUB;F
Delcy Rodríguez;VEN;vice president
Jorge Arreaza|*;VEN;F
Félix Plasencia;VEN;F
Yván Gil;VEN;F
Juan Guaidó;VEN;interim president claimant
Juan Manuel Santos;COL;P
Iván Duque;COL;P
María Ángela Holguín;COL;F
Carlos Holmes Trujillo;COL;F
Claudia Blum;COL;F
Marta Lucía Ramírez;COL;F
Álvaro Leyva;COL;F
Luis Gilberto Murillo;COL;F
Ollanta Humala|*;PER;P
Pedro Pablo Kuczynski|*;PER;P
Martín Vizcarra|*;PER;P
Manuel Merino;PER;P
Francisco Sagasti|*;PER;P
Pedro Castillo;PER;P
Dina Boluarte|*;PER;P
José Jerí;PER;P
Sebastián Piñera|*;CHL;P
Gabriel Boric|*;CHL;P
Heraldo Muñoz;CHL;F
Roberto Ampuero;CHL;F
Teodoro Ribera;CHL;F
Andrés Allamand;CHL;F
Antonia Urrejola;CHL;F
Alberto van Klaveren;CHL;F
Mauricio Macri|*;ARG;P
Alberto Fernández;ARG;P
Susana Malcorra;ARG;F
Jorge Faurie;ARG;F
Felipe Solá;ARG;F
Santiago Cafiero;ARG;F
Diana Mondino;ARG;F
Gerardo Werthein;ARG;F
Michel Temer|*;BRA;P
Mauro Vieira;BRA;F
José Serra;BRA;F
Aloysio Nunes;BRA;F
Ernesto Araújo;BRA;F
Carlos França;BRA;F
Jeanine Áñez;BOL;P
Luis Arce;BOL;P
Rodrigo Paz;BOL;P
David Choquehuanca;BOL;vice president
Lenín Moreno;ECU;P
Guillermo Lasso;ECU;P
Daniel Noboa|*;ECU;P
Tabaré Vázquez;URY;P
Luis Lacalle Pou|Lacalle Pou;URY;P
Yamandú Orsi;URY;P
Horacio Cartes;PRY;P
Mario Abdo Benítez;PRY;P
Santiago Peña;PRY;P
David Granger;GUY;P
Dési Bouterse|*;SUR;P
Chan Santokhi|*;SUR;P
Jennifer Geerlings-Simons;SUR;P
Otto Pérez Molina;GTM;P
Jimmy Morales;GTM;P
Alejandro Giammattei|*;GTM;P
Bernardo Arévalo;GTM;P
Juan Orlando Hernández;HND;P
Xiomara Castro;HND;P
Salvador Sánchez Cerén;SLV;P
Nayib Bukele|*;SLV;P
Rosario Murillo;NIC;vice president
Luis Guillermo Solís;CRI;P
Carlos Alvarado Quesada;CRI;P
Rodrigo Chaves;CRI;P
Juan Carlos Varela;PAN;P
Laurentino Cortizo;PAN;P
José Raúl Mulino|*;PAN;P
Danilo Medina;DOM;P
Luis Abinader|*;DOM;P
Michel Martelly;HTI;P
Jovenel Moïse;HTI;P
Ariel Henry;HTI;M
Garry Conille;HTI;M
Alix Didier Fils-Aimé;HTI;M
Portia Simpson-Miller|Portia Simpson Miller;JAM;M
Andrew Holness|*;JAM;M
Kamla Persad-Bissessar|*;TTO;M
Keith Rowley;TTO;M
Mia Mottley|*;BRB;M
Freundel Stuart;BRB;M
Hubert Minnis;BHS;M
Philip Brave Davis;BHS;M
Gaston Browne;ATG;M
Roosevelt Skerrit;DMA;M
Dickon Mitchell;GRD;M
Terrance Drew;KNA;M
Allen Chastanet;LCA;M
Ralph Gonsalves;VCT;M
Dean Barrow;BLZ;M
Johnny Briceño;BLZ;M
Geoffrey Onyeama|*;NGA;F
Yusuf Tuggar;NGA;F
Hailemariam Desalegn|Hailemariam;ETH;M
Mulatu Teshome;ETH;P
Sahle-Work Zewde;ETH;P
Taye Atske Selassie;ETH;P
Workneh Gebeyehu;ETH;F
Gedu Andargachew;ETH;F
Demeke Mekonnen;ETH;F
Raychelle Omamo;KEN;F
Musalia Mudavadi;KEN;F
Maite Nkoana-Mashabane;ZAF;F
Lindiwe Sisulu;ZAF;F
Naledi Pandor|*;ZAF;F
Ronald Lamola;ZAF;F
José Eduardo dos Santos;AGO;P
João Lourenço;AGO;P
Thomas Boni Yayi|Boni Yayi;BEN;P
Patrice Talon;BEN;P
Ian Khama;BWA;P
Mokgweetsi Masisi;BWA;P
Duma Boko;BWA;P
Roch Marc Christian Kaboré|Roch Kaboré;BFA;P
Paul-Henri Sandaogo Damiba|*;BFA;P
Ibrahim Traoré;BFA;P
Michel Kafando;BFA;P
Pierre Nkurunziza|*;BDI;P
Évariste Ndayishimiye|*;BDI;P
Jorge Carlos Fonseca;CPV;P
José Maria Neves;CPV;P
Ulisses Correia e Silva;CPV;M
Paul Biya|*;CMR;P
Faustin-Archange Touadéra|*;CAF;P
Catherine Samba-Panza;CAF;P
Idriss Déby|Idriss Déby Itno;TCD;P
Mahamat Idriss Déby|Mahamat Déby|Mahamat Idriss Déby Itno|Mahamat Deby Itno;TCD;P
Succès Masra;TCD;M
Azali Assoumani;COM;P
Ikililou Dhoinine;COM;P
Judith Suminwa;COD;M
Sama Lukonde;COD;M
Sylvestre Ilunga Ilunkamba;COD;M
Denis Sassou Nguesso|Sassou Nguesso;COG;P
Alassane Ouattara;CIV;P
Ismaïl Omar Guelleh|*;DJI;P
Teodoro Obiang Nguema Mbasogo|Teodoro Obiang|Obiang;GNQ;P
King Mswati III|Mswati III|Mswati;SWZ;king
Ali Bongo Ondimba|Ali Bongo;GAB;P
Brice Oligui Nguema|Oligui Nguema;GAB;P
Yahya Jammeh|*;GMB;P
Adama Barrow;GMB;P
John Dramani Mahama|John Mahama|Mahama;GHA;P
Nana Akufo-Addo|Nana Addo Dankwa Akufo-Addo|Akufo-Addo;GHA;P
Alpha Condé;GIN;P
Mamadi Doumbouya|Mamady Doumbouya;GIN;P
José Mário Vaz;GNB;P
Umaro Sissoco Embaló|Sissoco Embaló;GNB;P
King Letsie III;LSO;king
Tom Thabane;LSO;M
Pakalitha Mosisili;LSO;M
Moeketsi Majoro;LSO;M
Sam Matekane;LSO;M
Ellen Johnson Sirleaf|*;LBR;P
George Weah;LBR;P
Joseph Boakai|*;LBR;P
Hery Rajaonarimampianina;MDG;P
Andry Rajoelina|*;MDG;P
Michael Randrianirina;MDG;P
Peter Mutharika|*;MWI;P
Lazarus Chakwera|*;MWI;P
Ibrahim Boubacar Keïta;MLI;P
Bah Ndaw;MLI;P
Assimi Goïta|*;MLI;P
Mohamed Ould Abdel Aziz;MRT;P
Mohamed Ould Ghazouani|Mohamed Ould Cheikh El Ghazouani|Ghazouani;MRT;P
Pravind Jugnauth|*;MUS;M
Anerood Jugnauth;MUS;M
Navin Ramgoolam;MUS;M
Ameenah Gurib-Fakim;MUS;P
Filipe Nyusi|*;MOZ;P
Daniel Chapo;MOZ;P
Hage Geingob|*;NAM;P
Nangolo Mbumba;NAM;P
Netumbo Nandi-Ndaitwah|*;NAM;P
Mahamadou Issoufou|*;NER;P
Mohamed Bazoum|*;NER;P
Abdourahamane Tchiani|Abdourahamane Tiani|Tchiani;NER;P
Édouard Ngirente;RWA;M
Louise Mushikiwabo;RWA;F
Richard Sezibera;RWA;F
Vincent Biruta;RWA;F
Olivier Nduhungirehe|*;RWA;F
Evaristo Carvalho;STP;P
Carlos Vila Nova;STP;P
Patrice Trovoada;STP;M
Macky Sall;SEN;P
Bassirou Diomaye Faye|Diomaye Faye;SEN;P
Ousmane Sonko|*;SEN;M
Danny Faure;SYC;P
Wavel Ramkalawan|*;SYC;P
Patrick Herminie;SYC;P
Ernest Bai Koroma;SLE;P
Julius Maada Bio;SLE;P
Hassan Sheikh Mohamud;SOM;P
Mohamed Abdullahi Mohamed|Mohamed Abdullahi Farmaajo|Farmaajo|Farmajo;SOM;P
Hassan Ali Khaire;SOM;M
Mohamed Hussein Roble;SOM;M
Hamza Abdi Barre;SOM;M
Jakaya Kikwete|*;TZA;P
John Magufuli|John Pombe Magufuli|Magufuli;TZA;P
Samia Suluhu Hassan|Samia Suluhu;TZA;P
Faure Gnassingbé|*;TGO;P
Sam Kutesa;UGA;F
Edgar Lungu;ZMB;P
Hakainde Hichilema|*;ZMB;P
Emmerson Mnangagwa|*;ZWE;P
Tony Abbott;AUS;M
Julie Bishop;AUS;F
Marise Payne;AUS;F
Penny Wong;AUS;F
Richard Marles|*;AUS;defence minister
John Key;NZL;M
Bill English;NZL;M
Chris Hipkins|*;NZL;M
Christopher Luxon|*;NZL;M
Murray McCully;NZL;F
Gerry Brownlee;NZL;F
Winston Peters;NZL;F
Nanaia Mahuta|*;NZL;F
Peter O'Neill;PNG;M
James Marape|*;PNG;M
Frank Bainimarama|Voreqe Bainimarama|Bainimarama;FJI;M
Sitiveni Rabuka|*;FJI;M
Manasseh Sogavare|*;SLB;M
Rick Houenipwela;SLB;M
Jeremiah Manele;SLB;M
Charlot Salwai;VUT;M
Bob Loughman;VUT;M
Ishmael Kalsakau;VUT;M
Jotham Napat;VUT;M
Tuilaepa Sailele Malielegaoi|Tuilaepa;WSM;M
Fiamē Naomi Mataʻafa|Fiame Naomi Mata'afa;WSM;M
King Tupou VI;TON;king
Siaosi Sovaleni;TON;M
Pohiva Tuʻiʻonetoa|Pohiva Tu'i'onetoa;TON;M
Anote Tong;KIR;P
Taneti Maamau;KIR;P
Enele Sopoaga;TUV;M
Kausea Natano;TUV;M
Feleti Teo;TUV;M
Baron Waqa;NRU;P
Lionel Aingimea;NRU;P
David Adeang;NRU;P
Tommy Remengesau Jr.|Tommy Remengesau;PLW;P
Surangel Whipps Jr.|Surangel Whipps;PLW;P
Hilda Heine;MHL;P
David Kabua;MHL;P
David Panuelo;FSM;P
Wesley Simina;FSM;P
# More heads of government, presidents and ministers of the same years.
Ricardo Luna;PER;F
Néstor Popolizio;PER;F
Javier González-Olaechea;PER;F
Elmer Schialer;PER;F
Sabah Khalid al-Hamad al-Sabah|Sabah Khalid Al-Hamad Al-Sabah;KWT;F
Ahmad Nasser al-Mohammad al-Sabah|Ahmad Nasser Al-Mohammad Al-Sabah;KWT;F
Salem Abdullah al-Jaber al-Sabah|Salem Abdullah Al-Jaber Al-Sabah;KWT;F
Abdullah al-Yahya|Abdullah Al-Yahya;KWT;F
Monica Juma;KEN;F
Alfred Mutua;KEN;F
Daniel Kablan Duncan;CIV;M
Amadou Gon Coulibaly;CIV;M
Patrick Achi;CIV;M
Robert Beugré Mambé;CIV;M
Philémon Yang;CMR;M
Joseph Dion Ngute;CMR;M
Paul Kaba Thiéba;BFA;M
Christophe Dabiré;BFA;M
Apollinaire Joachim Kyélem de Tambèla;BFA;M
Choguel Kokalla Maïga|Choguel Maïga;MLI;M
Moctar Ouane;MLI;M
Brigi Rafini;NER;M
Ouhoumoudou Mahamadou;NER;M
Ali Mahaman Lamine Zeine;NER;M
Ibrahima Kassory Fofana;GIN;M
Amadou Ba;SEN;M
Albert Pahimi Padacké;TCD;M
Ruhakana Rugunda;UGA;M
Robinah Nabbanja;UGA;M
Kassim Majaliwa;TZA;M
Saara Kuugongelwa-Amadhila;NAM;M
Carlos Agostinho do Rosário;MOZ;M
Constantino Chiwenga;ZWE;vice president
Gedion Timothewos;ETH;F
Yemi Osinbajo|*;NGA;vice president
Shirley Ayorkor Botchwey;GHA;F
Paula-Mae Weekes;TTO;P
Christine Kangaloo;TTO;P
Charles Savarin;DMA;P
Sylvanie Burton;DMA;P
Sandra Mason;BRB;P
Leslie Voltaire;HTI;transitional council
Edgard Leblanc Fils;HTI;transitional council
Fritz Alphonse Jean;HTI;transitional council
Laurent Saint-Cyr;HTI;transitional council
Claude Joseph;HTI;M
Jean-Henry Céant;HTI;M
Jocelerme Privert;HTI;P
Abdoulkader Kamil Mohamed;DJI;M
Raymond Ndong Sima;GAB;M
Anatole Collinet Makosso;COG;M
Félix Moloua;CAF;M
# Heads of state and government and foreign ministers of the 1980s to the 2000s, as archive reports name them
# (a surname alone only where the news of those years meant one person, or one country, by it).
Bill Clinton;USA;P
Hillary Clinton|Hillary Rodham Clinton;USA;secretary of state
Clinton;USA;P;;2008-12-31
Clinton;USA;secretary of state;2009-01-01
George W. Bush;USA;P
George H. W. Bush|George H.W. Bush;USA;P
George Bush|*;USA;P
Ronald Reagan|*;USA;P
Madeleine Albright|*;USA;secretary of state
Warren Christopher;USA;secretary of state
Colin Powell;USA;secretary of state
Condoleezza Rice;USA;secretary of state
James Baker;USA;secretary of state
Dick Cheney|*;USA;vice president
Donald Rumsfeld|*;USA;defense secretary
Mikhail Gorbachev|*;RUS;P
Boris Yeltsin|*;RUS;P
Yevgeny Primakov|*;RUS;M
Viktor Chernomyrdin|*;RUS;M
Andrei Kozyrev|*;RUS;F
Igor Ivanov;RUS;minister
Sergei Ivanov;RUS;minister
Ivanov;RUS;minister
Jiang Zemin;CHN;P
Zhu Rongji;CHN;premier
Wen Jiabao;CHN;premier
Li Peng;CHN;premier
Deng Xiaoping;CHN;leader
Tang Jiaxuan;CHN;F
Li Zhaoxing;CHN;F
Yang Jiechi;CHN;F
Tony Blair|*;GBR;M
John Major;GBR;M
Gordon Brown;GBR;M
Margaret Thatcher|*;GBR;M
Robin Cook;GBR;foreign secretary
Douglas Hurd|*;GBR;foreign secretary
Malcolm Rifkind|*;GBR;foreign secretary
Geoffrey Howe;GBR;foreign secretary
Alain Juppé|*;FRA;F
Qian Qichen;CHN;F
Jack Straw;GBR;foreign secretary
David Miliband;GBR;foreign secretary
William Hague;GBR;foreign secretary
Jacques Chirac|*;FRA;P
François Mitterrand|*;FRA;P
Dominique de Villepin|de Villepin;FRA;F
Hubert Védrine;FRA;F
Bernard Kouchner|*;FRA;F
Helmut Kohl|*;DEU;chancellor
Gerhard Schröder|Gerhard Schroeder|Schröder;DEU;chancellor
Joschka Fischer;DEU;F
Klaus Kinkel|*;DEU;F
Hans-Dietrich Genscher|*;DEU;F
Silvio Berlusconi|*;ITA;M
José María Aznar|*;ESP;M
José Luis Rodríguez Zapatero|*;ESP;M
Yitzhak Rabin|*;ISR;M
Shimon Peres|*;ISR;M
Ehud Barak;ISR;M
Ehud Olmert|*;ISR;M
Ariel Sharon;ISR;M
Tzipi Livni|*;ISR;M
Yasser Arafat|*;PSE;P
Mahmoud Abbas;PSE;P
King Hussein;JOR;king
King Abdullah II;JOR;king
King Fahd;SAU;king
Hafez al-Assad|Hafez Assad|Hafez al-Asad;SYR;P
Hosni Mubarak|*;EGY;P
Anwar Sadat|*;EGY;P
Muammar Gaddafi|Moammar Gadhafi|Muammar Qaddafi|Muammar al-Qaddafi|Moamer Kadhafi|Muammar Kadhafi|Gaddafi|Gadhafi|Qaddafi|Qadhafi|Kadhafi;LBY;leader
Saddam Hussein|Saddam;IRQ;P
Nouri al-Maliki|*;IRQ;M
Mohammad Khatami|Mohammed Khatami|Khatami;IRN;P
Akbar Hashemi Rafsanjani|*;IRN;P
Mahmoud Ahmadinejad|*;IRN;P
Hamid Karzai|*;AFG;P
Pervez Musharraf|*;PAK;P
Benazir Bhutto;PAK;P
Asif Ali Zardari|*;PAK;P
Atal Bihari Vajpayee|*;IND;M
P. V. Narasimha Rao|Narasimha Rao;IND;M
Kim Dae-jung|Kim Dae Jung;KOR;P
Kim Young-sam|Kim Young Sam;KOR;P
Roh Moo-hyun|Roh Moo Hyun;KOR;P
Lee Myung-bak|Lee Myung Bak;KOR;P
Kim Il Sung|Kim Il-sung;PRK;leader
Mohamed Morsi|Mohammed Morsi|Mohamed Mursi|Mohammed Mursi|Morsi|Mursi;EGY;P;2012-06-30;2013-07-03
Kim Jong-il|Kim Jong-Il;PRK;leader
Junichiro Koizumi|*;JPN;M
Keizo Obuchi|*;JPN;M
Ryutaro Hashimoto;JPN;M
Suharto;IDN;P
Megawati Sukarnoputri|Megawati;IDN;P
Susilo Bambang Yudhoyono|*;IDN;P
Mahathir Mohamad|Mahathir;MYS;M
Lee Kuan Yew;SGP;M
Goh Chok Tong;SGP;M
Thaksin Shinawatra|Thaksin;THA;M
Hun Sen;KHM;M
John Howard;AUS;M
Kevin Rudd|*;AUS;M
Julia Gillard|*;AUS;M
Helen Clark;NZL;M
Jean Chrétien|*;CAN;M
Stephen Harper;CAN;M
Vicente Fox;MEX;P
Felipe Calderón;MEX;P
Álvaro Uribe|*;COL;P
Rafael Correa|*;ECU;P
Evo Morales;BOL;P
Alberto Fujimori|*;PER;P
Carlos Menem|*;ARG;P
Néstor Kirchner;ARG;P
Cristina Fernández de Kirchner;ARG;P
Kirchner;ARG;P
Fernando Henrique Cardoso;BRA;P
Michelle Bachelet;CHL;P
Augusto Pinochet|*;CHL;P
Daniel Ortega;NIC;P
Nelson Mandela|*;ZAF;P
Thabo Mbeki|*;ZAF;P
F. W. de Klerk|F.W. de Klerk;ZAF;P
Robert Mugabe|*;ZWE;P
Yoweri Museveni|*;UGA;P
Olusegun Obasanjo|*;NGA;P
Umaru Yar'Adua;NGA;P
Goodluck Jonathan;NGA;P
Meles Zenawi|Meles;ETH;M
Omar al-Bashir|Omar Hassan al-Bashir|al-Bashir;SDN;P
Laurent Kabila;COD;P
Joseph Kabila;COD;P
Kabila;COD;P
Mobutu Sese Seko|Mobutu;COD;P
Abdelaziz Bouteflika|*;DZA;P
Zine El Abidine Ben Ali;TUN;P
Ali Abdullah Saleh;YEM;P
Bülent Ecevit|*;TUR;M
Abdullah Gül;TUR;M
Eduard Shevardnadze|*;GEO;P
Mikheil Saakashvili|*;GEO;P
Heydar Aliyev;AZE;P
Islam Karimov|*;UZB;P
Saparmurat Niyazov|*;TKM;P
Leonid Kuchma|*;UKR;P
Viktor Yushchenko|*;UKR;P
Viktor Yanukovych|*|Viktor Yanukovich|Yanukovich;UKR;P
Slobodan Milošević|*;SRB;P
Vojislav Koštunica|Kostunica;SRB;P
Franjo Tudjman|Franjo Tuđman|Tudjman|Tuđman;HRV;P
Alija Izetbegovic|*;BIH;P
Lech Wałęsa|Lech Walesa|Walesa;POL;P
Aleksander Kwaśniewski|Kwasniewski;POL;P
Vaclav Havel|*;CZE;P
Kofi Annan|*;UN;secretary-general
Boutros Boutros-Ghali|*;UN;secretary-general
`;

/** The table's short forms of its three commonest roles. */
const ROLE_CODES: Readonly<Record<string, string>> = { P: 'president', M: 'prime minister', F: 'foreign minister' };

export const LEADERS: readonly { names: readonly string[]; actor: string; role: string; from?: string; to?: string }[] = LEADER_TABLE.split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => {
    const [names, actor, role, from, to] = line.split(';');
    // ("Vladimir Putin|*": a star stands for the surname, the full name's last word.)
    const list = names.split('|').map((name, _, all) => (name === '*' ? all[0].split(' ').at(-1)! : name));
    return { names: list, actor, role: ROLE_CODES[role] ?? role, ...(from ? { from } : {}), ...(to ? { to } : {}) };
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
