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
 * Well-known leaders and officials, by the names news text uses for them (facts, not rules): heads of state and
 * government and foreign ministers from the 1980s to 2025, and some defence ministers and spokesmen; a surname
 * alone only where the news of its years meant one person by it. A line `=RUS` opens the lines of one actor; each
 * line below it is one person: the names (`|` between them; `*` for the surname, the first name's last word), the
 * role (P, M and F for president, prime minister and foreign minister), and where the office is dated, its first
 * and last day (`;` between the fields). Spellings that differ only by accents are written once, as names are
 * looked up folded. A table, not objects, to keep the worker small.
 */
const LEADER_TABLE = `
=RUS
Vladimir Putin|*;P
Sergei Lavrov|*;F
Dmitry Peskov|*;Kremlin spokesman
Dmitry Medvedev|*;P
Sergei Shoigu|*;defence minister
Mikhail Mishustin|*;M
Andrei Belousov|Andrey Belousov;defence minister
Mikhail Gorbachev|*;P
Boris Yeltsin|*;P
Yevgeny Primakov|*;M
Viktor Chernomyrdin|*;M
Andrei Kozyrev|*;F
Igor Ivanov;minister
Sergei Ivanov;minister
Ivanov;minister
=USA
Donald Trump|*;P
Joe Biden|*;P
Antony Blinken|*;secretary of state
Marco Rubio|*;secretary of state
Barack Obama|*;P
Mike Pompeo|*;secretary of state
Rex Tillerson|*;secretary of state
John Kerry;secretary of state
Nancy Pelosi|*;house speaker
Kevin McCarthy;house speaker
John Boehner|*;house speaker
Kamala Harris;vice president
Mike Pence|*;vice president
JD Vance|J.D. Vance;vice president
Ash Carter;defense secretary
Jim Mattis|James Mattis|Mattis;defense secretary
Mark Esper|*;defense secretary
Lloyd Austin;defense secretary
Pete Hegseth|*;defense secretary
Bill Clinton;P
Hillary Clinton|Hillary Rodham Clinton;secretary of state
Clinton;P;;2008-12-31
Clinton;secretary of state;2009-01-01
George W. Bush;P
George H. W. Bush|George H.W. Bush;P
George Bush|*;P
Ronald Reagan|*;P
Madeleine Albright|*;secretary of state
Warren Christopher;secretary of state
Colin Powell;secretary of state
Condoleezza Rice;secretary of state
James Baker;secretary of state
Dick Cheney|*;vice president
Donald Rumsfeld|*;defense secretary
=CHN
Xi Jinping|Xi;P
Wang Yi;F
Li Qiang;premier
Li Keqiang;premier
Hu Jintao;P
Qin Gang;F
Wei Fenghe;defence minister
Li Shangfu;defence minister
Dong Jun;defence minister
Jiang Zemin;P
Zhu Rongji;premier
Wen Jiabao;premier
Li Peng;premier
Deng Xiaoping;leader
Tang Jiaxuan;F
Li Zhaoxing;F
Yang Jiechi;F
Qian Qichen;F
=PRK
Kim Jong Un|Kim Jong-un|Kim Jong-Un;leader
Kim Jong Il;leader
Pak Pong Ju|Pak Pong-ju;premier
Kim Jae Ryong;premier
Kim Tok Hun;premier
Pak Thae Song;premier
Ri Su Yong|Ri Su-yong;F
Ri Yong Ho|Ri Yong-ho;F
Ri Son Gwon;F
Choe Son Hui|Choe Son-hui;F
Kim Yo Jong|Kim Yo-jong;senior official
Kim Il Sung|Kim Il-sung;leader
Kim Jong-il|Kim Jong-Il;leader
=UKR
Volodymyr Zelensky|Volodymyr Zelenskyy|Zelensky|Zelenskyy|Zelenskiy;P
Petro Poroshenko|*;P
Dmytro Kuleba|*;F
Arseniy Yatsenyuk|Arseniy Yatseniuk|Yatsenyuk;M
Volodymyr Groysman|*;M
Oleksiy Honcharuk|*;M
Denys Shmyhal|*;M
Yulia Svyrydenko|*;M
Pavlo Klimkin|*;F
Vadym Prystaiko|*;F
Andrii Sybiha|Andriy Sybiha|Sybiha;F
Oleksii Reznikov|Oleksiy Reznikov|Reznikov;defence minister
Rustem Umerov|*;defence minister
Leonid Kuchma|*;P
Viktor Yushchenko|*;P
Viktor Yanukovych|*|Viktor Yanukovich|Yanukovich;P
=IND
Narendra Modi|*;M
Manmohan Singh;M
Subrahmanyam Jaishankar|S. Jaishankar|Jaishankar;external affairs minister
Pranab Mukherjee;P
Ram Nath Kovind|*;P
Droupadi Murmu|Draupadi Murmu|Murmu;P
Sushma Swaraj;external affairs minister
Rajnath Singh;defence minister
Atal Bihari Vajpayee|*;M
P. V. Narasimha Rao|Narasimha Rao;M
=PAK
Shehbaz Sharif;M
Imran Khan;M
Nawaz Sharif;M
Mamnoon Hussain;P
Arif Alvi;P
Shahid Khaqan Abbasi;M
Anwaar-ul-Haq Kakar|Anwaar ul Haq Kakar;M
Asim Munir|Syed Asim Munir;army chief
Qamar Javed Bajwa|*;army chief
Khawaja Asif;F
Shah Mehmood Qureshi;F
Bilawal Bhutto Zardari|Bilawal Bhutto|Bilawal;F
Jalil Abbas Jilani;F
Ishaq Dar;F
Pervez Musharraf|*;P
Benazir Bhutto;P
Asif Ali Zardari|*;P
=TUR
Recep Tayyip Erdogan|*;P
Mevlut Cavusoglu|*;F
Hakan Fidan;F
Ahmet Davutoğlu|*;M
Binali Yıldırım|Binali Yildirim;M
Bülent Ecevit|*;M
Abdullah Gül;M
=ISR
Benjamin Netanyahu|*;M
Naftali Bennett;M
Yair Lapid|*;M
Isaac Herzog;P
Reuven Rivlin|*;P
Gabi Ashkenazi;F
Eli Cohen;F
Israel Katz;F
Gideon Sa'ar|Gideon Saar;F
Avigdor Lieberman|Avigdor Liberman;defence minister
Moshe Ya'alon|Moshe Yaalon;defence minister
Benny Gantz|*;defence minister
Yoav Gallant;defence minister
Yitzhak Rabin|*;M
Shimon Peres|*;M
Ehud Barak;M
Ehud Olmert|*;M
Ariel Sharon;M
Tzipi Livni|*;M
=IRN
Ali Khamenei|*;supreme leader
Masoud Pezeshkian|*;P
Abbas Araghchi|*;F
Hassan Rouhani|*;P
Ebrahim Raisi|*;P
Javad Zarif|Mohammad Javad Zarif|Zarif;F
Hossein Amir-Abdollahian|Hossein Amirabdollahian|Amir-Abdollahian|Amirabdollahian;F
Ali Bagheri Kani|Ali Bagheri;F
Mohammad Khatami|Mohammed Khatami|Khatami;P
Akbar Hashemi Rafsanjani|*;P
Mahmoud Ahmadinejad|*;P
=FRA
Emmanuel Macron|*;P
François Hollande|*;P
Nicolas Sarkozy|*;P
Manuel Valls|*;M
Bernard Cazeneuve|*;M
Édouard Philippe;M
Jean Castex|*;M
Élisabeth Borne;M
Gabriel Attal|*;M
Michel Barnier|*;M;2021-04-01
François Bayrou|*;M
Sébastien Lecornu|*;M
Laurent Fabius|*;F
Jean-Marc Ayrault|*;F
Jean-Yves Le Drian|Le Drian;F
Catherine Colonna;F
Stéphane Séjourné|*;F
Jean-Noël Barrot|*;F
Alain Juppé|*;F
Jacques Chirac|*;P
François Mitterrand|*;P
Dominique de Villepin|de Villepin;F
Hubert Védrine;F
Bernard Kouchner|*;F
=DEU
Olaf Scholz|*;chancellor
Friedrich Merz|*;chancellor
Angela Merkel|*;chancellor
Frank-Walter Steinmeier|*;P
Joachim Gauck|*;P
Sigmar Gabriel;F
Heiko Maas;F
Annalena Baerbock|*;F
Johann Wadephul|*;F
Boris Pistorius;defence minister
Annegret Kramp-Karrenbauer|*;defence minister
Christine Lambrecht;defence minister
Helmut Kohl|*;chancellor
Gerhard Schröder|Gerhard Schroeder|Schröder;chancellor
Joschka Fischer;F
Klaus Kinkel|*;F
Hans-Dietrich Genscher|*;F
=GBR
Keir Starmer|*;M
Rishi Sunak|*;M
David Cameron;M
Boris Johnson;M
Theresa May;M
Liz Truss;M
King Charles|King Charles III;king
Queen Elizabeth|Queen Elizabeth II;queen
Philip Hammond;foreign secretary
Jeremy Hunt;foreign secretary
Dominic Raab|*;foreign secretary
James Cleverly;foreign secretary
David Lammy|*;foreign secretary
Yvette Cooper;foreign secretary
Ben Wallace;defence secretary
Grant Shapps|*;defence secretary
John Healey;defence secretary
Tony Blair|*;M
John Major;M
Gordon Brown;M
Margaret Thatcher|*;M
Robin Cook;foreign secretary
Douglas Hurd|*;foreign secretary
Malcolm Rifkind|*;foreign secretary
Geoffrey Howe;foreign secretary
Jack Straw;foreign secretary
David Miliband;foreign secretary
William Hague;foreign secretary
=ITA
Giorgia Meloni|*;M
Sergio Mattarella|*;P
Giorgio Napolitano;P
Matteo Renzi|*;M
Paolo Gentiloni|*;M;;2019-11-30
Giuseppe Conte;M
Mario Draghi;M;2019-11-01
Angelino Alfano|*;F
Enzo Moavero Milanesi|Moavero Milanesi;F
Luigi Di Maio|Di Maio;F
Antonio Tajani|*;F;2019-07-03
Silvio Berlusconi|*;M
=JPN
Fumio Kishida|*;M
Shigeru Ishiba|*;M
Shinzo Abe|*;M
Yoshihide Suga;M
Sanae Takaichi|*;M
Emperor Akihito|*;emperor
Emperor Naruhito|*;emperor
Taro Kono;F
Toshimitsu Motegi|*;F
Yoshimasa Hayashi;F
Yoko Kamikawa;F
Takeshi Iwaya;F
Junichiro Koizumi|*;M
Keizo Obuchi|*;M
Ryutaro Hashimoto;M
=KOR
Yoon Suk Yeol|Yoon Suk-yeol|Yoon;P
Lee Jae-myung;P
Moon Jae-in;P
Park Geun-hye;P
Hwang Kyo-ahn|Hwang Kyo-Ahn;acting president
Han Duck-soo|Han Duck-Soo;M
Choi Sang-mok;acting president
Lee Wan-koo;M
Lee Nak-yon|Lee Nak-yeon;M
Chung Sye-kyun;M
Kim Boo-kyum;M
Kim Min-seok;M
Yun Byung-se;F
Kang Kyung-wha;F
Chung Eui-yong;F
Park Jin;F
Cho Tae-yul;F
Cho Hyun;F
Kim Dae-jung|Kim Dae Jung;P
Kim Young-sam|Kim Young Sam;P
Roh Moo-hyun|Roh Moo Hyun;P
Lee Myung-bak|Lee Myung Bak;P
=VEN
Nicolás Maduro|*;P
Hugo Chávez|*;P
Delcy Rodríguez;vice president
Jorge Arreaza|*;F
Félix Plasencia;F
Yván Gil;F
Juan Guaidó;interim president claimant
=GUY
Irfaan Ali;P
David Granger;P
=BRA
Luiz Inácio Lula da Silva|Lula;P
Jair Bolsonaro|*;P
Dilma Rousseff|*;P
Michel Temer|*;P
Mauro Vieira;F
José Serra;F
Aloysio Nunes;F
Ernesto Araújo;F
Carlos França;F
Fernando Henrique Cardoso;P
=ARG
Javier Milei|*;P
Mauricio Macri|*;P
Alberto Fernández;P
Susana Malcorra;F
Jorge Faurie;F
Felipe Solá;F
Santiago Cafiero;F
Diana Mondino;F
Gerardo Werthein;F
Carlos Menem|*;P
Néstor Kirchner;P
Cristina Fernández de Kirchner;P
Kirchner;P
=ZAF
Cyril Ramaphosa|*;P
Jacob Zuma|*;P
Maite Nkoana-Mashabane;F
Lindiwe Sisulu;F
Naledi Pandor|*;F
Ronald Lamola;F
Nelson Mandela|*;P
Thabo Mbeki|*;P
F. W. de Klerk|F.W. de Klerk;P
=ETH
Abiy Ahmed|Abiy;M
Hailemariam Desalegn|Hailemariam;M
Mulatu Teshome;P
Sahle-Work Zewde;P
Taye Atske Selassie;P
Workneh Gebeyehu;F
Gedu Andargachew;F
Demeke Mekonnen;F
Gedion Timothewos;F
Meles Zenawi|Meles;M
=ERI
Isaias Afwerki|Isaias;P
=SAU
Mohammed bin Salman|bin Salman;crown prince
King Salman;king
Adel al-Jubeir|Adel Al-Jubeir|Jubeir;F
Ibrahim al-Assaf|Ibrahim Al-Assaf;F
Faisal bin Farhan|Prince Faisal bin Farhan;F
King Fahd;king
=BLR
Alexander Lukashenko|*|Alyaksandr Lukashenka|Aliaksandr Lukashenka|Lukashenka;P
Andrei Kobyakov;M
Sergei Rumas;M
Roman Golovchenko;M
Alexander Turchin;M
Vladimir Makei|Uladzimir Makei|Makei;F
Sergei Aleinik;F
Maxim Ryzhenkov;F
=HUN
Viktor Orban|*;M
János Áder|*;P
Katalin Novák;P
Tamás Sulyok|*;P
Péter Szijjártó|*;F
=NGA
Bola Tinubu|*;P
Muhammadu Buhari|*;P
Geoffrey Onyeama|*;F
Yusuf Tuggar;F
Yemi Osinbajo|*;vice president
Olusegun Obasanjo|*;P
Umaru Yar'Adua;P
Goodluck Jonathan;P
=AUS
Anthony Albanese|*;M
Malcolm Turnbull|*;M
Scott Morrison;M
Tony Abbott;M
Julie Bishop;F
Marise Payne;F
Penny Wong;F
Richard Marles|*;defence minister
John Howard;M
Kevin Rudd|*;M
Julia Gillard|*;M
=CAN
Justin Trudeau|*;M
Mark Carney|*;M
Stéphane Dion;F
Chrystia Freeland|*;F
François-Philippe Champagne;F
Marc Garneau;F
Mélanie Joly;F
Anita Anand;F
Jean Chrétien|*;M
Stephen Harper;M
=MEX
Claudia Sheinbaum|*;P
Andrés Manuel López Obrador|López Obrador;P
Enrique Peña Nieto|Peña Nieto;P
José Antonio Meade;F
Claudia Ruiz Massieu;F
Luis Videgaray|*;F
Marcelo Ebrard|*;F
Alicia Bárcena;F
Juan Ramón de la Fuente;F
Vicente Fox;P
Felipe Calderón;P
=EGY
Abdel Fattah al-Sisi|Sisi|el-Sisi;P
Ibrahim Mahlab;M
Sherif Ismail;M
Mostafa Madbouly|Moustafa Madbouly|Madbouly;M
Sameh Shoukry|*;F
Badr Abdelatty|*;F
Hosni Mubarak|*;P
Anwar Sadat|*;P
Mohamed Morsi|Mohammed Morsi|Mohamed Mursi|Mohammed Mursi|Morsi|Mursi;P;2012-06-30;2013-07-03
=SYR
Bashar al-Assad|Assad;P
Ahmed al-Sharaa|*;P
Wael al-Halqi|Wael Al-Halqi;M
Imad Khamis;M
Hussein Arnous;M
Mohammad Ghazi al-Jalali|Mohammad Ghazi Al-Jalali;M
Mohammed al-Bashir|Mohammed Al-Bashir;M
Walid al-Muallem|Walid Al-Muallem|Walid Muallem|Muallem;F
Faisal Mekdad|Faisal al-Mekdad|Faisal Al-Mekdad|Mekdad;F
Bassam Sabbagh;F
Asaad al-Shaibani|Asaad Al-Shaibani|Asaad Hassan al-Shaibani|Asaad Hassan Al-Shaibani|al-Shaibani|Al-Shaibani|Shaibani;F
Hafez al-Assad|Hafez Assad|Hafez al-Asad;P
=UN
Antonio Guterres|*;secretary-general
Ban Ki-moon;secretary-general
Kofi Annan|*;secretary-general
Boutros Boutros-Ghali|*;secretary-general
=NOR
Jens Stoltenberg|*;M;;2014-09-30
Jens Stoltenberg|*;finance minister;2024-10-01
King Harald|King Harald V;king
Erna Solberg;M
Jonas Gahr Støre|Jonas Gahr Store|Gahr Støre|Støre;M
Børge Brende|Borge Brende;F
Ine Eriksen Søreide|Ine Eriksen Soreide;F
Anniken Huitfeldt|*;F
Espen Barth Eide;F
=NATO
Jens Stoltenberg|*;secretary general;2014-10-01;2024-09-30
Mark Rutte|*;secretary general;2024-10-01
=NLD
Mark Rutte|*;M;;2024-09-30
King Willem-Alexander|*;king
Dick Schoof|*;M
Bert Koenders|*;F
Halbe Zijlstra|*;F
Stef Blok;F
Sigrid Kaag|*;F
Wopke Hoekstra;F
Hanke Bruins Slot;F
Caspar Veldkamp|*;F
David van Weel;F
=EU
Ursula von der Leyen|von der Leyen;Commission president
Josep Borrell|*;foreign policy chief
Charles Michel;European Council president;2019-12-01;2024-11-30
Kaja Kallas|*;foreign policy chief;2024-12-01
Michel Barnier|*;Brexit negotiator;2016-07-27;2021-03-31
Antonio Tajani|*;European Parliament president;2017-01-17;2019-07-02
Jean-Claude Juncker|*;Commission president
Federica Mogherini|*;foreign policy chief
António Costa;European Council president;2024-12-01
=PHL
Rodrigo Duterte|*;P
Ferdinand Marcos Jr.|Ferdinand Marcos Jr|Marcos;P
Benigno Aquino III|Benigno Aquino|Noynoy Aquino;P
Albert del Rosario;foreign secretary
Perfecto Yasay;foreign secretary
Alan Peter Cayetano;foreign secretary
Teodoro Locsin Jr.|Teodoro Locsin|Locsin;foreign secretary
Enrique Manalo;foreign secretary
Theresa Lazaro;foreign secretary
=IDN
Joko Widodo|*|Jokowi;P
Prabowo Subianto|Prabowo;P
Retno Marsudi|*;F
Sugiono;F
Suharto;P
Megawati Sukarnoputri|Megawati;P
Susilo Bambang Yudhoyono|*;P
=CUB
Raúl Castro|Fidel Castro;P
Miguel Díaz-Canel|*;P
Manuel Marrero Cruz|Manuel Marrero;M
Bruno Rodríguez Parrilla|Bruno Rodríguez;F
=COL
Gustavo Petro;P
Juan Manuel Santos;P
Iván Duque;P
María Ángela Holguín;F
Carlos Holmes Trujillo;F
Claudia Blum;F
Marta Lucía Ramírez;F
Álvaro Leyva;F
Luis Gilberto Murillo;F
Álvaro Uribe|*;P
=QAT
Tamim bin Hamad Al Thani|Sheikh Tamim;emir
Sheikh Hamad bin Khalifa|Hamad bin Khalifa Al Thani;emir
Abdullah bin Nasser bin Khalifa Al Thani|Abdullah bin Nasser;M
Khalid bin Khalifa bin Abdulaziz Al Thani|Khalid bin Khalifa;M
Mohammed bin Abdulrahman Al Thani|Mohammed bin Abdulrahman|Sheikh Mohammed bin Abdulrahman;M
Khalid al-Attiyah|Khalid Al-Attiyah;F
=ARE
Mohamed bin Zayed|Mohammed bin Zayed;P
Khalifa bin Zayed|Sheikh Khalifa bin Zayed|Khalifa bin Zayed Al Nahyan;P
Mohammed bin Rashid|Mohammed bin Rashid Al Maktoum|Sheikh Mohammed bin Rashid;M
Abdullah bin Zayed|Sheikh Abdullah bin Zayed|Abdullah bin Zayed Al Nahyan;F
=KEN
William Ruto|*;P
Uhuru Kenyatta|*;P
Raychelle Omamo;F
Musalia Mudavadi;F
Monica Juma;F
Alfred Mutua;F
=RWA
Paul Kagame|*;P
Édouard Ngirente;M
Louise Mushikiwabo;F
Richard Sezibera;F
Vincent Biruta;F
Olivier Nduhungirehe|*;F
=COD
Félix Tshisekedi|*;P
Judith Suminwa;M
Sama Lukonde;M
Sylvestre Ilunga Ilunkamba;M
Laurent Kabila;P
Joseph Kabila;P
Kabila;P
Mobutu Sese Seko|Mobutu;P
=NZL
Jacinda Ardern|*;M
John Key;M
Bill English;M
Chris Hipkins|*;M
Christopher Luxon|*;M
Murray McCully;F
Gerry Brownlee;F
Winston Peters;F
Nanaia Mahuta|*;F
Helen Clark;M
=POL
Andrzej Duda|*;P
Donald Tusk|*;M
Bronisław Komorowski|Bronislaw Komorowski|Komorowski;P
Karol Nawrocki|*;P
Ewa Kopacz|*;M
Beata Szydło|Beata Szydlo|Szydło|Szydlo;M
Mateusz Morawiecki|*;M
Grzegorz Schetyna|*;F
Witold Waszczykowski|*;F
Jacek Czaputowicz|*;F
Zbigniew Rau;F
Radosław Sikorski|Radoslaw Sikorski|Sikorski;F
Lech Wałęsa|Lech Walesa|Walesa;P
Aleksander Kwaśniewski|Kwasniewski;P
=SRB
Aleksandar Vučić|*;P
Tomislav Nikolić;P
Ana Brnabić|*;M
Miloš Vučević;M
Đuro Macut|Djuro Macut;M
Ivica Dačić|*;F
Nikola Selaković;F
Marko Đurić|Marko Djuric;F
Slobodan Milošević|*;P
Vojislav Koštunica|Kostunica;P
=KAZ
Kassym-Jomart Tokayev|*;P
Nursultan Nazarbayev|*;P
Karim Massimov|Karim Masimov;M
Bakhytzhan Sagintayev;M
Askar Mamin;M
Alikhan Smailov;M
Olzhas Bektenov;M
=AZE
Ilham Aliyev|*;P
Artur Rasizade;M
Novruz Mammadov;M
Ali Asadov;M
Elmar Mammadyarov|*;F
Jeyhun Bayramov;F
Heydar Aliyev;P
=ARM
Nikol Pashinyan|*;M
Serzh Sargsyan|Serzh Sarkisian;P
Armen Sarkissian|Armen Sargsyan;P
Vahagn Khachaturyan;P
Hovik Abrahamyan;M
Karen Karapetyan;M
Edward Nalbandian|Eduard Nalbandyan;F
Zohrab Mnatsakanyan;F
Ararat Mirzoyan;F
=GRC
Alexis Tsipras|*;M
Kyriakos Mitsotakis|*;M
Prokopis Pavlopoulos|*;P
Katerina Sakellaropoulou|*;P
Konstantinos Tasoulas|*;P
Antonis Samaras|*;M
Vassiliki Thanou-Christophilou|Vassiliki Thanou;M
Ioannis Sarmas;M
Nikos Kotzias|*;F
Giorgos Katrougalos|George Katrougalos|Katrougalos;F
Nikos Dendias|*;F
Giorgos Gerapetritis|George Gerapetritis|Gerapetritis;F
=AUT
Heinz Fischer;P
Alexander Van der Bellen|Van der Bellen;P
Werner Faymann|*;chancellor
Christian Kern;chancellor
Sebastian Kurz;chancellor
Brigitte Bierlein;chancellor
Alexander Schallenberg|*;chancellor
Karl Nehammer|*;chancellor
Christian Stocker;chancellor
Karin Kneissl|*;F
Michael Linhart;F
Beate Meinl-Reisinger|*;F
=BEL
King Philippe;king
Sophie Wilmès|*;M
Alexander De Croo|De Croo;M
Bart De Wever|De Wever;M
Charles Michel;M;;2019-11-30
Didier Reynders;F
Hadja Lahbib;F
Maxime Prévot;F
=BGR
Rosen Plevneliev|*;P
Rumen Radev;P
Boyko Borissov|Boyko Borisov;M
Ognyan Gerdzhikov;M
Stefan Yanev;M
Kiril Petkov;M
Galab Donev;M
Nikolai Denkov|Nikolay Denkov;M
Dimitar Glavchev;M
Rosen Zhelyazkov;M
Daniel Mitov;F
Ekaterina Zaharieva;F
Teodora Genchovska;F
Ivan Kondov;F
Mariya Gabriel;F
Georg Georgiev;F
=HRV
Kolinda Grabar-Kitarović|*;P
Zoran Milanović;P
Tihomir Orešković;M
Andrej Plenković|*;M
Vesna Pusić;F
Miro Kovač;F
Davor Ivo Stier;F
Marija Pejčinović Burić;F
Gordan Grlić Radman;F
Franjo Tudjman|Franjo Tuđman|Tudjman|Tuđman;P
=CYP
Nicos Anastasiades|Nikos Anastasiades|Anastasiades;P
Nikos Christodoulides|Nicos Christodoulides|Christodoulides;P
Ioannis Kasoulides|*;F
Constantinos Kombos;F
=CZE
Miloš Zeman;P
Petr Pavel;P
Bohuslav Sobotka;M
Andrej Babiš|*;M
Petr Fiala;M
Lubomír Zaorálek|*;F
Martin Stropnický;F
Tomáš Petříček;F
Jakub Kulhánek;F
Jan Lipavský|*;F
Vaclav Havel|*;P
=DNK
Queen Margrethe|Queen Margrethe II;queen
King Frederik|King Frederik X;king
Lars Løkke Rasmussen|Lars Lokke Rasmussen|Løkke Rasmussen|Lokke Rasmussen;M
Helle Thorning-Schmidt|*;M
Mette Frederiksen;M
Martin Lidegaard;F
Kristian Jensen;F
Anders Samuelsen;F
Jeppe Kofod;F
=EST
Toomas Hendrik Ilves;P
Kersti Kaljulaid|*;P
Alar Karis;P
Taavi Rõivas;M
Jüri Ratas;M
Kaja Kallas|*;M;;2024-11-30
Kristen Michal;M
Keit Pentus-Rosimannus;F
Marina Kaljurand;F
Sven Mikser;F
Urmas Reinsalu|*;F
Eva-Maria Liimets;F
Margus Tsahkna|*;F
=FIN
Sauli Niinistö|*;P
Alexander Stubb|*;P
Juha Sipilä|*;M
Antti Rinne;M
Sanna Marin;M
Petteri Orpo|*;M
Erkki Tuomioja;F
Timo Soini;F
Pekka Haavisto|*;F
Elina Valtonen;F
=IRL
Michael D. Higgins|Michael D Higgins;P
Catherine Connolly;P
Enda Kenny;M
Leo Varadkar|*;M
Micheál Martin;M
Simon Harris;M
Charles Flanagan;F
Simon Coveney|*;F
Helen McEntee;F
=LVA
Andris Bērziņš;P
Raimonds Vējonis|*;P
Egils Levits;P
Edgars Rinkēvičs|*;P
Laimdota Straujuma|*;M
Māris Kučinskis|*;M
Krišjānis Kariņš|*;M
Evika Siliņa|*;M
Baiba Braže;F
=LTU
Dalia Grybauskaitė|*;P
Gitanas Nausėda|*;P
Algirdas Butkevičius|*;M
Saulius Skvernelis|*;M
Ingrida Šimonytė|*;M
Gintautas Paluckas;M
Inga Ruginienė;M
Linas Linkevičius|*;F
Gabrielius Landsbergis|*;F
Kęstutis Budrys;F
=LUX
Grand Duke Henri;grand duke
Grand Duke Guillaume;grand duke
Xavier Bettel|*;M
Luc Frieden;M
Jean Asselborn|*;F
=PRT
António Costa;M;;2024-11-30
Aníbal Cavaco Silva|Cavaco Silva;P
Marcelo Rebelo de Sousa|Rebelo de Sousa;P
Pedro Passos Coelho|Passos Coelho;M
Luís Montenegro;M
Augusto Santos Silva;F
João Gomes Cravinho;F
Paulo Rangel;F
=MLT
Marie-Louise Coleiro Preca;P
George Vella;P
Myriam Spiteri Debono;P
Joseph Muscat;M
Robert Abela;M
Carmelo Abela;F
Evarist Bartolo;F
Ian Borg;F
=ROU
Klaus Iohannis|*;P
Nicușor Dan;P
Victor Ponta;M
Dacian Cioloș|*;M
Sorin Grindeanu|*;M
Mihai Tudose;M
Viorica Dăncilă|*;M
Ludovic Orban;M
Florin Cîțu;M
Nicolae Ciucă|*;M
Marcel Ciolacu|*;M
Ilie Bolojan|*;M
Bogdan Aurescu|*;F
Teodor Meleșcanu|*;F
Luminița Odobescu;F
Oana Țoiu;F
=SVK
Andrej Kiska|*;P
Zuzana Čaputová|*;P
Peter Pellegrini;P
Robert Fico|*;M
Igor Matovič|*;M
Eduard Heger;M
Ľudovít Ódor;M
Miroslav Lajčák|*;F
Ivan Korčok|*;F
Rastislav Káčer;F
Juraj Blanár|*;F
=SVN
Borut Pahor|*;P
Nataša Pirc Musar|Pirc Musar;P
Miro Cerar;M
Marjan Šarec|*;M
Janez Janša|*;M
Robert Golob|*;M
Karl Erjavec|*;F
Anže Logar;F
Tanja Fajon|*;F
=ESP
King Felipe|King Felipe VI|Felipe VI;king
Mariano Rajoy|*;M
Pedro Sánchez;M
José Manuel García-Margallo|*;F
Alfonso Dastis|*;F
Arancha González Laya;F
José Manuel Albares|*;F
José María Aznar|*;M
José Luis Rodríguez Zapatero|*;M
=SWE
King Carl XVI Gustaf|Carl XVI Gustaf;king
Stefan Löfven|*;M
Magdalena Andersson;M
Ulf Kristersson|*;M
Margot Wallström|*;F
Ann Linde;F
Tobias Billström|*;F
Maria Malmer Stenergard;F
=CHE
Simonetta Sommaruga;P
Johann Schneider-Ammann;P
Doris Leuthard;P
Alain Berset;P;;2024-09-17
Ueli Maurer;P
Guy Parmelin;P
Viola Amherd;P
Karin Keller-Sutter|*;P
Didier Burkhalter|*;F
Ignazio Cassis;F
=ISL
Ólafur Ragnar Grímsson;P
Guðni Th. Jóhannesson|Gudni Johannesson|Gudni Th. Johannesson;P
Halla Tómasdóttir;P
Sigmundur Davíð Gunnlaugsson|Sigmundur David Gunnlaugsson;M
Sigurður Ingi Jóhannsson|Sigurdur Ingi Johannsson;M
Bjarni Benediktsson;M
Katrín Jakobsdóttir;M
Kristrún Frostadóttir;M
=LIE
Prince Hans-Adam II;prince
Hereditary Prince Alois;hereditary prince
Adrian Hasler;M
Daniel Risch;M
Brigitte Haas;M
=MCO
Prince Albert II|Albert II of Monaco;prince
Serge Telle;minister of state
Pierre Dartout;minister of state
=AND
Antoni Martí;head of government
Xavier Espot Zamora|Xavier Espot;head of government
=VAT
Pope Francis;pope
Pope Benedict XVI|Pope Benedict;pope
Pope Leo XIV|Pope Leo;pope
Pietro Parolin|Cardinal Parolin;secretary of state
=ALB
Bujar Nishani;P
Ilir Meta;P
Bajram Begaj;P
Edi Rama;M
Ditmir Bushati;F
Gent Cakaj;F
Olta Xhaçka;F
Igli Hasani;F
=MKD
Gjorge Ivanov;P
Stevo Pendarovski|*;P
Gordana Siljanovska-Davkova|*;P
Nikola Gruevski|*;M
Zoran Zaev|*;M
Oliver Spasovski;M
Dimitar Kovačevski;M
Talat Xhaferi;M
Hristijan Mickoski|*;M
Nikola Poposki;F
Nikola Dimitrov;F
Bujar Osmani;F
Timčo Mucunski;F
=MNE
Filip Vujanović;P
Milo Đukanović|Milo Djukanovic|Milo Dukanovic|Đukanović|Djukanovic;P
Jakov Milatović|*;P
Duško Marković;M
Zdravko Krivokapić|*;M
Dritan Abazović|*;M
Milojko Spajić;M
=BIH
Bakir Izetbegović;presidency member
Mladen Ivanić;presidency member
Dragan Čović;presidency member
Šefik Džaferović;presidency member
Milorad Dodik;presidency member
Željko Komšić;presidency member
Denis Bećirović;presidency member
Željka Cvijanović;presidency member
Denis Zvizdić;council of ministers chair
Zoran Tegeltija;council of ministers chair
Borjana Krišto;council of ministers chair
Igor Crnadak;F
Bisera Turković;F
Elmedin Konaković;F
Alija Izetbegovic|*;P
=XKX
Atifete Jahjaga;P
Hashim Thaçi|*;P
Vjosa Osmani;P
Isa Mustafa;M
Ramush Haradinaj|*;M
Albin Kurti|*;M
Avdullah Hoti;M
Donika Gërvalla-Schwarz|Donika Gervalla;F
=MDA
Nicolae Timofti;P
Igor Dodon|*;P
Maia Sandu;P
Chiril Gaburici;M
Valeriu Streleț;M
Pavel Filip;M
Ion Chicu;M
Natalia Gavrilița;M
Dorin Recean|*;M
Alexandru Munteanu;M
Nicu Popescu;F
Mihai Popșoi;F
=GEO
Giorgi Margvelashvili|*;P
Salome Zourabichvili|Salome Zurabishvili|Zourabichvili|Zurabishvili;P
Mikheil Kavelashvili|*;P
Irakli Garibashvili|*;M
Giorgi Kvirikashvili|*;M
Mamuka Bakhtadze|*;M
Giorgi Gakharia|*;M
Irakli Kobakhidze|*;M
Mikheil Janelidze;F
David Zalkaliani;F
Ilia Darchiashvili;F
Maka Botchorishvili;F
Eduard Shevardnadze|*;P
Mikheil Saakashvili|*;P
=PSE
Rami Hamdallah|*;M
Mohammad Shtayyeh|Mohammad Shtayyah|Shtayyeh;M
Riyad al-Maliki|Riyad Al-Maliki|Riad Malki|Riyad al-Malki|Riyad Al-Malki;F
Varsen Aghabekian;F
Yasser Arafat|*;P
Mahmoud Abbas;P
=JOR
Abdullah Ensour;M
Hani Mulki;M
Omar Razzaz;M
Bisher Khasawneh;M
Jafar Hassan;M
Nasser Judeh;F
Ayman Safadi;F
King Hussein;king
King Abdullah II;king
=LBN
Michel Aoun|*;P
Joseph Aoun;P
Tammam Salam;M
Saad Hariri|Saad al-Hariri|Saad Al-Hariri|Hariri;M
Hassan Diab;M
Najib Mikati|*;M
Nawaf Salam;M
Gebran Bassil|*;F
Abdallah Bou Habib;F
Youssef Rajji;F
=IRQ
Fuad Masum|Fuad Masoum;P
Barham Salih|Barham Saleh;P
Abdul Latif Rashid;P
Haider al-Abadi|Haider Al-Abadi|Haidar al-Abadi|Haidar Al-Abadi;M
Adil Abdul-Mahdi|Adel Abdul Mahdi;M
Mustafa al-Kadhimi|Mustafa Al-Kadhimi|Mustafa Kadhimi|Kadhimi;M
Mohammed Shia al-Sudani|Mohammed Shia Al-Sudani|Mohammed Shia Al Sudani;M
Ibrahim al-Jaafari|Ibrahim Al-Jaafari;F
Mohamed Ali Alhakim;F
Fuad Hussein;F
Saddam Hussein|Saddam;P
Nouri al-Maliki|*;M
=KWT
Sabah al-Ahmad al-Jaber al-Sabah|Sabah Al-Ahmad Al-Jaber Al-Sabah|Sabah al-Ahmad|Sabah Al-Ahmad|Sheikh Sabah al-Ahmad|Sheikh Sabah Al-Ahmad;emir
Nawaf al-Ahmad al-Jaber al-Sabah|Nawaf Al-Ahmad Al-Jaber Al-Sabah|Nawaf al-Ahmad|Nawaf Al-Ahmad|Sheikh Nawaf al-Ahmad|Sheikh Nawaf Al-Ahmad;emir
Mishal al-Ahmad al-Jaber al-Sabah|Mishal Al-Ahmad Al-Jaber Al-Sabah|Mishal al-Ahmad|Mishal Al-Ahmad|Sheikh Mishal al-Ahmad|Sheikh Mishal Al-Ahmad|Sheikh Meshal al-Ahmad|Sheikh Meshal Al-Ahmad;emir
Jaber al-Mubarak al-Sabah|Jaber Al-Mubarak Al-Sabah|Jaber al-Mubarak|Jaber Al-Mubarak;M
Sabah al-Khalid al-Sabah|Sabah Al-Khalid Al-Sabah|Sabah al-Khalid|Sabah Al-Khalid;M
Ahmad Nawaf al-Ahmad al-Sabah|Ahmad Nawaf Al-Ahmad Al-Sabah;M
Mohammad Sabah al-Salem al-Sabah|Mohammad Sabah Al-Salem Al-Sabah;M
Ahmad Abdullah al-Ahmad al-Sabah|Ahmad Abdullah Al-Ahmad Al-Sabah;M
Sabah Khalid al-Hamad al-Sabah|Sabah Khalid Al-Hamad Al-Sabah;F
Ahmad Nasser al-Mohammad al-Sabah|Ahmad Nasser Al-Mohammad Al-Sabah;F
Salem Abdullah al-Jaber al-Sabah|Salem Abdullah Al-Jaber Al-Sabah;F
Abdullah al-Yahya|Abdullah Al-Yahya;F
=BHR
King Hamad|Hamad bin Isa Al Khalifa|King Hamad bin Isa;king
Khalifa bin Salman Al Khalifa;M
Salman bin Hamad Al Khalifa|Crown Prince Salman bin Hamad;M
Khalid bin Ahmed Al Khalifa;F
Abdullatif bin Rashid Al Zayani|Abdullatif al-Zayani|Abdullatif Al-Zayani;F
=OMN
Sultan Qaboos|Qaboos bin Said|Qaboos;sultan
Haitham bin Tariq|Sultan Haitham|Haitham bin Tariq Al Said;sultan
Yusuf bin Alawi bin Abdullah|Yusuf bin Alawi;F
Badr Albusaidi|Badr al-Busaidi|Badr Al-Busaidi|Badr bin Hamad Albusaidi|Badr bin Hamad al-Busaidi|Badr bin Hamad Al-Busaidi;F
=YEM
Abd Rabbuh Mansur Hadi|Abed Rabbo Mansour Hadi|Abd-Rabbu Mansour Hadi|Abdrabbuh Mansur Hadi|Abdu Rabbu Mansour Hadi;P
Rashad al-Alimi|Rashad Al-Alimi;presidential council chairman
Khaled Bahah;M
Ahmed Obeid bin Daghr;M
Maeen Abdulmalik|Maeen Abdulmalik Saeed;M
Ahmed Awad bin Mubarak;M
Salem bin Breik;M
Ali Abdullah Saleh;P
=LBY
Fayez al-Sarraj|Fayez Al-Sarraj|Fayez Sarraj|Fayez al-Serraj|Fayez Al-Serraj|Sarraj;M
Abdul Hamid Dbeibah|Abdulhamid Dbeibah|Abdul Hamid Dbeibeh|Dbeibah|Dbeibeh;M
Mohamed al-Menfi|Mohamed Al-Menfi|Mohammed al-Menfi|Mohammed Al-Menfi;presidential council head
Muammar Gaddafi|Moammar Gadhafi|Muammar Qaddafi|Muammar al-Qaddafi|Moamer Kadhafi|Muammar Kadhafi|Gaddafi|Gadhafi|Qaddafi|Qadhafi|Kadhafi;leader
=TUN
Beji Caid Essebsi|*;P
Kais Saied;P
Habib Essid;M
Youssef Chahed|*;M
Elyes Fakhfakh;M
Hichem Mechichi;M
Najla Bouden;M
Ahmed Hachani;M
Kamel Madouri;M
Sarra Zaafrani Zenzri;M
Zine El Abidine Ben Ali;P
=DZA
Abdelkader Bensalah;P
Abdelmadjid Tebboune|Abdelmadjid Tebboun|Tebboune;P
Abdelmalek Sellal|*;M
Ahmed Ouyahia|*;M
Noureddine Bedoui;M
Abdelaziz Djerad;M
Aïmene Benabderrahmane;M
Nadir Larbaoui;M
Ramtane Lamamra|*;F
Sabri Boukadoum;F
Ahmed Attaf;F
Abdelaziz Bouteflika|*;P
=MAR
King Mohammed VI|Mohammed VI;king
Abdelilah Benkirane|*;M
Saadeddine Othmani|Saad Eddine El Othmani|Saadeddine El Othmani;M
Aziz Akhannouch|*;M
Salaheddine Mezouar;F
Nasser Bourita|*;F
=SDN
Abdel Fattah al-Burhan|Abdel Fattah Al-Burhan|Abdel-Fattah al-Burhan|Abdel-Fattah Al-Burhan|Abdel Fattah Burhan|al-Burhan|Al-Burhan;army chief and council head
Abdalla Hamdok|Abdallah Hamdok|Hamdok;M
Kamil Idris;M
Bakri Hassan Saleh;M
Omar al-Bashir|Omar Hassan al-Bashir|al-Bashir;P
=SSD
Salva Kiir|Salva Kiir Mayardit|Kiir;P
=TWN
Ma Ying-jeou|Ma Ying-Jeou;P
Tsai Ing-wen|Tsai Ing-Wen;P
Lai Ching-te|Lai Ching-Te|William Lai;P
Mao Chi-kuo;premier
Lin Chuan;premier
Su Tseng-chang;premier
Chen Chien-jen;premier
Cho Jung-tai;premier
Joseph Wu;F
Lin Chia-lung;F
=MNG
Tsakhiagiin Elbegdorj|*;P
Khaltmaagiin Battulga;P
Ukhnaagiin Khürelsükh|Ukhnaa Khurelsukh|Khürelsükh;P
Chimediin Saikhanbileg;M
Jargaltulgyn Erdenebat;M
Luvsannamsrain Oyun-Erdene|*;M
Gombojavyn Zandanshatar|*;M
=VNM
Trương Tấn Sang;P
Trần Đại Quang|Tran Dai Quang;P
Nguyễn Phú Trọng;general secretary
Nguyễn Xuân Phúc;P
Võ Văn Thưởng;P
Tô Lâm;general secretary
Lương Cường;P
Nguyễn Tấn Dũng;M
Phạm Minh Chính;M
Phạm Bình Minh;F
Bùi Thanh Sơn;F
=LAO
Choummaly Sayasone;P
Bounnhang Vorachith|Bounnhang Vorachit;P
Thongloun Sisoulith|Thongloun;P
Thongsing Thammavong;M
Phankham Viphavanh;M
Sonexay Siphandone;M
Saleumxay Kommasith;F
=KHM
King Norodom Sihamoni|Norodom Sihamoni;king
Hun Manet;M
Prak Sokhonn;F
Hun Sen;M
=THA
King Bhumibol Adulyadej|King Bhumibol|Bhumibol;king
King Maha Vajiralongkorn|Maha Vajiralongkorn|King Vajiralongkorn|Vajiralongkorn;king
Prayut Chan-o-cha|Prayuth Chan-ocha|Prayut Chan-ocha|Prayuth Chan-o-cha|Prayut|Prayuth;M
Srettha Thavisin|Srettha;M
Paetongtarn Shinawatra|Paetongtarn;M
Anutin Charnvirakul|Anutin;M
Don Pramudwinai;F
Parnpree Bahiddha-nukara;F
Maris Sangiampongsa;F
Sihasak Phuangketkeow;F
Thaksin Shinawatra|Thaksin;M
=MMR
Thein Sein;P
Htin Kyaw;P
Win Myint;P
Aung San Suu Kyi|Suu Kyi;state counsellor
Min Aung Hlaing;military leader
Wunna Maung Lwin;F
=MYS
Sultan Abdullah|Al-Sultan Abdullah;king
Sultan Ibrahim Iskandar;king
Najib Razak|Najib Tun Razak;M
Muhyiddin Yassin|Muhyiddin;M
Ismail Sabri Yaakob|Ismail Sabri;M
Anwar Ibrahim|Anwar;M
Anifah Aman;F
Saifuddin Abdullah;F
Zambry Abdul Kadir;F
Mahathir Mohamad|Mahathir;M
=SGP
Tony Tan;P
Halimah Yacob;P
Tharman Shanmugaratnam|Tharman;P
Lee Hsien Loong;M
Lawrence Wong;M
Vivian Balakrishnan;F
Lee Kuan Yew;M
Goh Chok Tong;M
=BRN
Sultan Hassanal Bolkiah|Hassanal Bolkiah;sultan
=TLS
Taur Matan Ruak;P
Francisco Guterres|Lú-Olo;P
José Ramos-Horta|*;P
Rui Maria de Araújo;M
Mari Alkatiri;M
Xanana Gusmão|Xanana;M
=BGD
Mohammed Shahabuddin;P
Sheikh Hasina|Sheikh Hasina Wajed|Hasina;M
Muhammad Yunus|Mohammad Yunus;chief adviser
A. K. Abdul Momen|AK Abdul Momen|A.K. Abdul Momen;F
Hasan Mahmud;F
Touhid Hossain|Md Touhid Hossain;foreign adviser
=LKA
Maithripala Sirisena|*;P
Gotabaya Rajapaksa|Gotabaya;P
Mahinda Rajapaksa;M
Ranil Wickremesinghe|*;P
Anura Kumara Dissanayake;P
Dinesh Gunawardena;M
Harini Amarasuriya;M
Mangala Samaraweera;F
Ali Sabry;F
Vijitha Herath;F
=NPL
Ram Baran Yadav;P
Bidya Devi Bhandari;P
Ram Chandra Poudel|Ramchandra Paudel;P
Sushil Koirala;M
KP Sharma Oli|K. P. Sharma Oli|K.P. Sharma Oli|Khadga Prasad Sharma Oli;M
Pushpa Kamal Dahal|Prachanda;M
Sher Bahadur Deuba|*;M
Sushila Karki;M
Pradeep Gyawali;F
Narayan Khadka;F
=BTN
King Jigme Khesar Namgyel Wangchuck|Jigme Khesar Namgyel Wangchuck;king
Tshering Tobgay;M
Lotay Tshering;M
=MDV
Abdulla Yameen|*;P
Ibrahim Mohamed Solih|Ibrahim Solih;P
Mohamed Muizzu|*;P
=AFG
Ashraf Ghani;P
Abdullah Abdullah;chief executive
Hibatullah Akhundzada|Haibatullah Akhundzada|Akhundzada;Taliban leader
Mohammad Hassan Akhund;M
Amir Khan Muttaqi|*;F
Hamid Karzai|*;P
=UZB
Shavkat Mirziyoyev|*;P
Abdulla Aripov;M
Islam Karimov|*;P
=TJK
Emomali Rahmon|Emomalii Rahmon|Rahmon;P
Kokhir Rasulzoda|Qohir Rasulzoda;M
=TKM
Gurbanguly Berdimuhamedow|Gurbanguly Berdymukhamedov|Gurbanguly Berdimuhamedov;P
Serdar Berdimuhamedow|Serdar Berdymukhamedov|Serdar Berdimuhamedov;P
Berdimuhamedow|Berdymukhamedov|Berdimuhamedov;P
Saparmurat Niyazov|*;P
=KGZ
Almazbek Atambayev|*;P
Sooronbay Jeenbekov|*;P
Sadyr Japarov|Sadyr Zhaparov;P
Akylbek Japarov|Akylbek Zhaparov;cabinet chairman
Adylbek Kasymaliev;cabinet chairman
=PER
Ollanta Humala|*;P
Pedro Pablo Kuczynski|*;P
Martín Vizcarra|*;P
Manuel Merino;P
Francisco Sagasti|*;P
Pedro Castillo;P
Dina Boluarte|*;P
José Jerí;P
Ricardo Luna;F
Néstor Popolizio;F
Javier González-Olaechea;F
Elmer Schialer;F
Alberto Fujimori|*;P
=CHL
Sebastián Piñera|*;P
Gabriel Boric|*;P
Heraldo Muñoz;F
Roberto Ampuero;F
Teodoro Ribera;F
Andrés Allamand;F
Antonia Urrejola;F
Alberto van Klaveren;F
Michelle Bachelet;P
Augusto Pinochet|*;P
=BOL
Jeanine Áñez;P
Luis Arce;P
Rodrigo Paz;P
David Choquehuanca;vice president
Evo Morales;P
=ECU
Lenín Moreno;P
Guillermo Lasso;P
Daniel Noboa|*;P
Rafael Correa|*;P
=URY
Tabaré Vázquez;P
Luis Lacalle Pou|Lacalle Pou;P
Yamandú Orsi;P
=PRY
Horacio Cartes;P
Mario Abdo Benítez;P
Santiago Peña;P
=SUR
Dési Bouterse|*;P
Chan Santokhi|*;P
Jennifer Geerlings-Simons;P
=GTM
Otto Pérez Molina;P
Jimmy Morales;P
Alejandro Giammattei|*;P
Bernardo Arévalo;P
=HND
Juan Orlando Hernández;P
Xiomara Castro;P
=SLV
Salvador Sánchez Cerén;P
Nayib Bukele|*;P
=NIC
Rosario Murillo;vice president
Daniel Ortega;P
=CRI
Luis Guillermo Solís;P
Carlos Alvarado Quesada;P
Rodrigo Chaves;P
=PAN
Juan Carlos Varela;P
Laurentino Cortizo;P
José Raúl Mulino|*;P
=DOM
Danilo Medina;P
Luis Abinader|*;P
=HTI
Michel Martelly;P
Jovenel Moïse;P
Ariel Henry;M
Garry Conille;M
Alix Didier Fils-Aimé;M
Leslie Voltaire;transitional council
Edgard Leblanc Fils;transitional council
Fritz Alphonse Jean;transitional council
Laurent Saint-Cyr;transitional council
Claude Joseph;M
Jean-Henry Céant;M
Jocelerme Privert;P
=JAM
Portia Simpson-Miller|Portia Simpson Miller;M
Andrew Holness|*;M
=TTO
Kamla Persad-Bissessar|*;M
Keith Rowley;M
Paula-Mae Weekes;P
Christine Kangaloo;P
=BRB
Mia Mottley|*;M
Freundel Stuart;M
Sandra Mason;P
=BHS
Hubert Minnis;M
Philip Brave Davis;M
=ATG
Gaston Browne;M
=DMA
Roosevelt Skerrit;M
Charles Savarin;P
Sylvanie Burton;P
=GRD
Dickon Mitchell;M
=KNA
Terrance Drew;M
=LCA
Allen Chastanet;M
=VCT
Ralph Gonsalves;M
=BLZ
Dean Barrow;M
Johnny Briceño;M
=AGO
José Eduardo dos Santos;P
João Lourenço;P
=BEN
Thomas Boni Yayi|Boni Yayi;P
Patrice Talon;P
=BWA
Ian Khama;P
Mokgweetsi Masisi;P
Duma Boko;P
=BFA
Roch Marc Christian Kaboré|Roch Kaboré;P
Paul-Henri Sandaogo Damiba|*;P
Ibrahim Traoré;P
Michel Kafando;P
Paul Kaba Thiéba;M
Christophe Dabiré;M
Apollinaire Joachim Kyélem de Tambèla;M
=BDI
Pierre Nkurunziza|*;P
Évariste Ndayishimiye|*;P
=CPV
Jorge Carlos Fonseca;P
José Maria Neves;P
Ulisses Correia e Silva;M
=CMR
Paul Biya|*;P
Philémon Yang;M
Joseph Dion Ngute;M
=CAF
Faustin-Archange Touadéra|*;P
Catherine Samba-Panza;P
Félix Moloua;M
=TCD
Idriss Déby|Idriss Déby Itno;P
Mahamat Idriss Déby|Mahamat Déby|Mahamat Idriss Déby Itno|Mahamat Deby Itno;P
Succès Masra;M
Albert Pahimi Padacké;M
=COM
Azali Assoumani;P
Ikililou Dhoinine;P
=COG
Denis Sassou Nguesso|Sassou Nguesso;P
Anatole Collinet Makosso;M
=CIV
Alassane Ouattara;P
Daniel Kablan Duncan;M
Amadou Gon Coulibaly;M
Patrick Achi;M
Robert Beugré Mambé;M
=DJI
Ismaïl Omar Guelleh|*;P
Abdoulkader Kamil Mohamed;M
=GNQ
Teodoro Obiang Nguema Mbasogo|Teodoro Obiang|Obiang;P
=SWZ
King Mswati III|Mswati III|Mswati;king
=GAB
Ali Bongo Ondimba|Ali Bongo;P
Brice Oligui Nguema|Oligui Nguema;P
Raymond Ndong Sima;M
=GMB
Yahya Jammeh|*;P
Adama Barrow;P
=GHA
John Dramani Mahama|John Mahama|Mahama;P
Nana Akufo-Addo|Nana Addo Dankwa Akufo-Addo|Akufo-Addo;P
Shirley Ayorkor Botchwey;F
=GIN
Alpha Condé;P
Mamadi Doumbouya|Mamady Doumbouya;P
Ibrahima Kassory Fofana;M
=GNB
José Mário Vaz;P
Umaro Sissoco Embaló|Sissoco Embaló;P
=LSO
King Letsie III;king
Tom Thabane;M
Pakalitha Mosisili;M
Moeketsi Majoro;M
Sam Matekane;M
=LBR
Ellen Johnson Sirleaf|*;P
George Weah;P
Joseph Boakai|*;P
=MDG
Hery Rajaonarimampianina;P
Andry Rajoelina|*;P
Michael Randrianirina;P
=MWI
Peter Mutharika|*;P
Lazarus Chakwera|*;P
=MLI
Ibrahim Boubacar Keïta;P
Bah Ndaw;P
Assimi Goïta|*;P
Choguel Kokalla Maïga|Choguel Maïga;M
Moctar Ouane;M
=MRT
Mohamed Ould Abdel Aziz;P
Mohamed Ould Ghazouani|Mohamed Ould Cheikh El Ghazouani|Ghazouani;P
=MUS
Pravind Jugnauth|*;M
Anerood Jugnauth;M
Navin Ramgoolam;M
Ameenah Gurib-Fakim;P
=MOZ
Filipe Nyusi|*;P
Daniel Chapo;P
Carlos Agostinho do Rosário;M
=NAM
Hage Geingob|*;P
Nangolo Mbumba;P
Netumbo Nandi-Ndaitwah|*;P
Saara Kuugongelwa-Amadhila;M
=NER
Mahamadou Issoufou|*;P
Mohamed Bazoum|*;P
Abdourahamane Tchiani|Abdourahamane Tiani|Tchiani;P
Brigi Rafini;M
Ouhoumoudou Mahamadou;M
Ali Mahaman Lamine Zeine;M
=STP
Evaristo Carvalho;P
Carlos Vila Nova;P
Patrice Trovoada;M
=SEN
Macky Sall;P
Bassirou Diomaye Faye|Diomaye Faye;P
Ousmane Sonko|*;M
Amadou Ba;M
=SYC
Danny Faure;P
Wavel Ramkalawan|*;P
Patrick Herminie;P
=SLE
Ernest Bai Koroma;P
Julius Maada Bio;P
=SOM
Hassan Sheikh Mohamud;P
Mohamed Abdullahi Mohamed|Mohamed Abdullahi Farmaajo|Farmaajo|Farmajo;P
Hassan Ali Khaire;M
Mohamed Hussein Roble;M
Hamza Abdi Barre;M
=TZA
Jakaya Kikwete|*;P
John Magufuli|John Pombe Magufuli|Magufuli;P
Samia Suluhu Hassan|Samia Suluhu;P
Kassim Majaliwa;M
=TGO
Faure Gnassingbé|*;P
=UGA
Sam Kutesa;F
Ruhakana Rugunda;M
Robinah Nabbanja;M
Yoweri Museveni|*;P
=ZMB
Edgar Lungu;P
Hakainde Hichilema|*;P
=ZWE
Emmerson Mnangagwa|*;P
Constantino Chiwenga;vice president
Robert Mugabe|*;P
=PNG
Peter O'Neill;M
James Marape|*;M
=FJI
Frank Bainimarama|Voreqe Bainimarama|Bainimarama;M
Sitiveni Rabuka|*;M
=SLB
Manasseh Sogavare|*;M
Rick Houenipwela;M
Jeremiah Manele;M
=VUT
Charlot Salwai;M
Bob Loughman;M
Ishmael Kalsakau;M
Jotham Napat;M
=WSM
Tuilaepa Sailele Malielegaoi|Tuilaepa;M
Fiamē Naomi Mataʻafa|Fiame Naomi Mata'afa;M
=TON
King Tupou VI;king
Siaosi Sovaleni;M
Pohiva Tuʻiʻonetoa|Pohiva Tu'i'onetoa;M
=KIR
Anote Tong;P
Taneti Maamau;P
=TUV
Enele Sopoaga;M
Kausea Natano;M
Feleti Teo;M
=NRU
Baron Waqa;P
Lionel Aingimea;P
David Adeang;P
=PLW
Tommy Remengesau Jr.|Tommy Remengesau;P
Surangel Whipps Jr.|Surangel Whipps;P
=MHL
Hilda Heine;P
David Kabua;P
=FSM
David Panuelo;P
Wesley Simina;P
`;

/** The table's short forms of its three commonest roles. */
const ROLE_CODES: Readonly<Record<string, string>> = { P: 'president', M: 'prime minister', F: 'foreign minister' };

export const LEADERS: readonly { names: readonly string[]; actor: string; role: string; from?: string; to?: string }[] = LEADER_TABLE.split('\n')
  .reduce<string[][]>((rows, line) => {
    // ("=RUS" opens the lines of one actor: "names;role;from;to" below it are that actor's.)
    if (line.startsWith('=')) rows.push([line.slice(1)]);
    else if (line && !line.startsWith('#')) rows.push([rows.at(-1)![0], line]);
    return rows;
  }, []).filter((row) => row.length === 2)
  .map(([actor, line]) => {
    const [names, role, from, to] = line.split(';');
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
