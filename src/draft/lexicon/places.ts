/**
 * Places below the country level: divisions of large states, big cities, regions and venues that news
 * names as where something happens ("met in California", "talks in Khujand"). Like CITIES in actors.ts,
 * always places, never actors; a name is here only if it is not also a country, a people, a capital, a
 * seat, a known leader or a common word or first name. Left out on purpose, for that reason: Georgia,
 * Virginia, Washington, Victoria, Jordan, Montana, Florence, Nice, Reading, Mobile, Split, Bath, Austin,
 * Charlotte, Orlando, Cleveland, Columbus, Phoenix, Salvador, Regina, Adelaide, Darwin, Perth, Kobe,
 * Guerrero, Hidalgo, Morelos, Mendoza, Rosario, Córdoba, Valencia, Mérida, Brittany, Galicia, Punjab
 * (India and Pakistan), Hyderabad (India and Pakistan), Kurdistan, Borneo, Patagonia, New York and
 * The Hague (seats of international bodies), and places the atlas maps as territories of their own
 * (Bermuda, the Falklands, New Caledonia, French Polynesia, Greenland, Puerto Rico).
 *
 * Codes are ISO 3166-1 alpha-3 (Kosovo XKX, Palestine PSE, Taiwan TWN). Facts, not rules.
 *
 * One line per state (a state may have several): its code, a colon, then its places joined by `|`, in the order
 * of the first-level divisions of large states, then cities, regions and venues. A table, not an object, to keep
 * the worker small.
 */
const PLACE_TABLE = `
USA: Alabama|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Idaho|Illinois|Indiana|Iowa|Kansas
USA: Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Nebraska|Nevada
USA: New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island
USA: South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|West Virginia|Wisconsin|Wyoming|Philadelphia
USA: San Antonio|San Diego|Dallas|Jacksonville|Fort Worth|Indianapolis|Denver|Detroit|Nashville|Las Vegas|Baltimore
USA: Milwaukee|Albuquerque|Tucson|Atlanta|New Orleans|Honolulu|Pittsburgh|Minneapolis|St. Louis|St Louis|Kansas City
USA: Salt Lake City|Sacramento|Cincinnati|Tampa|Fort Lauderdale|Palm Beach|West Palm Beach|Key West|Manhattan
USA: Long Island|Silicon Valley|Palo Alto|Pearl Harbor|Fort Bragg|Quantico|Mar a Lago|Mar-A-Lago|Sunnylands
USA: Kennebunkport|Jackson Hole
CAN: Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland
CAN: Newfoundland and Labrador|Prince Edward Island|Yukon|Nunavut|Northwest Territories|Edmonton|Winnipeg|Quebec City
CAN: Saskatoon|Iqaluit|Yellowknife|Whitehorse|Charlevoix|Kananaskis|Whistler
AUS: New South Wales|Queensland|South Australia|Western Australia|Tasmania|Northern Territory
AUS: Australian Capital Territory|Hobart|Geelong|Townsville|Wollongong|Pine Gap
CHN: Guangdong|Fujian|Zhejiang|Jiangsu|Shandong|Henan|Hebei|Hubei|Hunan|Sichuan|Yunnan|Guizhou|Guangxi|Hainan|Anhui
CHN: Jiangxi|Shanxi|Shaanxi|Gansu|Qinghai|Heilongjiang|Jilin|Liaoning|Inner Mongolia|Ningxia|Xinjiang|Tibet|Chongqing
CHN: Nanjing|Hangzhou|Xi'an|Xian|Dalian|Qingdao|Harbin|Shenyang|Changsha|Zhengzhou|Jinan|Kunming|Urumqi|Lhasa|Suzhou
CHN: Dongguan|Foshan|Hefei|Nanning|Fuzhou|Ningbo|Shijiazhuang|Taiyuan|Changchun|Nanchang|Guiyang|Lanzhou|Hohhot
CHN: Xining|Yinchuan|Haikou|Sanya|Boao|Kashgar
IND: Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|Himachal Pradesh|Jharkhand
IND: Karnataka|Kerala|Madhya Pradesh|Maharashtra|Manipur|Meghalaya|Mizoram|Nagaland|Odisha|Orissa|Rajasthan|Sikkim
IND: Tamil Nadu|Telangana|Tripura|Uttar Pradesh|Uttarakhand|West Bengal|Jammu and Kashmir|Jammu|Ladakh|Bombay|Madras
IND: Calcutta|Ahmedabad|Pune|Surat|Jaipur|Lucknow|Kanpur|Nagpur|Indore|Bhopal|Patna|Vadodara|Ludhiana|Agra|Varanasi
IND: Amritsar|Kochi|Visakhapatnam|Coimbatore|Thiruvananthapuram|Guwahati|Chandigarh|Bhubaneswar|Srinagar|Imphal|Leh
IND: Gurugram|Gurgaon|Noida
BRA: Minas Gerais|Bahia|Rio Grande do Sul|Rio Grande do Norte|Pernambuco|Ceará|Goiás|Maranhão|Mato Grosso
BRA: Mato Grosso do Sul|Roraima|Amapá|Rondônia|Tocantins|Piauí|Alagoas|Sergipe|Paraíba|Fortaleza|Belo Horizonte
BRA: Manaus|Curitiba|Recife|Porto Alegre|Belém|Goiânia|Campinas
DEU: Bavaria|Saxony|Lower Saxony|Baden-Württemberg|North Rhine-Westphalia|Hesse|Thuringia|Brandenburg|Saxony-Anhalt
DEU: Mecklenburg-Vorpommern|Mecklenburg-Western Pomerania|Schleswig-Holstein|Rhineland-Palatinate|Saarland|Bremen
DEU: Stuttgart|Düsseldorf|Leipzig|Dresden|Hanover|Nuremberg|Ramstein|Bonn|Potsdam|Heiligendamm|Elmau|Schloss Elmau
RUS: Kursk|Belgorod|Bryansk|Rostov|Rostov-on-Don|Krasnodar|Chechnya|Dagestan|Tatarstan|Bashkortostan|Ingushetia
RUS: Siberia|Chukotka|Kamchatka|Sakhalin|Yakutia|Primorye|Pskov|Smolensk|Kaluga|Voronezh|Astrakhan|Saratov|Orenburg
RUS: Murmansk|Novosibirsk|Yekaterinburg|Kazan|Nizhny Novgorod|Chelyabinsk|Samara|Omsk|Ufa|Krasnoyarsk|Perm|Volgograd
RUS: Novorossiysk|Khabarovsk|Irkutsk|Kemerovo|Leningrad|Stalingrad
UKR: Luhansk|Lugansk|Donbas|Donbass|Sumy|Chernihiv|Poltava|Mykolaiv|Vinnytsia|Zhytomyr|Zakarpattia|Volyn
UKR: Dnipropetrovsk|Dnipro|Kharkov|Zaporozhye|Avdiivka|Pokrovsk|Kramatorsk|Sloviansk|Bucha|Irpin|Melitopol|Berdyansk
UKR: Izium|Kupiansk|Chasiv Yar|Vuhledar|Uzhhorod|Ivano-Frankivsk|Ternopil|Rivne|Lutsk|Chernivtsi|Kryvyi Rih|Enerhodar
UKR: Nikopol|Kropyvnytskyi
PAK: Sindh|Khyber Pakhtunkhwa|Balochistan|Baluchistan|Gilgit-Baltistan|Azad Kashmir|Rawalpindi|Faisalabad|Multan
PAK: Gwadar|Sialkot|Gujranwala|Abbottabad
MEX: Chihuahua|Sonora|Sinaloa|Jalisco|Michoacán|Oaxaca|Chiapas|Veracruz|Tamaulipas|Nuevo León|Coahuila
MEX: Baja California|Baja California Sur|Yucatán|Quintana Roo|Zacatecas|Querétaro|Guanajuato|Aguascalientes
MEX: San Luis Potosí|Nayarit|Colima|Campeche|Tlaxcala|Cancún|Acapulco|Ciudad Juárez|Culiacán|Mazatlán|Nuevo Laredo
MEX: Reynosa|Hermosillo|Toluca|Zapopan
NGA: Borno|Zamfara|Katsina|Benue|Kogi|Bayelsa|Anambra|Enugu|Ogun|Oyo|Ondo|Sokoto|Yobe|Adamawa|Kebbi|Bauchi|Gombe
NGA: Taraba|Kwara|Ekiti|Osun|Ebonyi|Akwa Ibom|Nasarawa|Jigawa|Ibadan|Port Harcourt|Maiduguri|Benin City|Zaria
NGA: Abeokuta|Onitsha|Warri
JPN: Hokkaido|Kyushu|Honshu|Shikoku|Fukushima|Saitama|Chiba|Kagoshima|Niigata|Aomori|Sapporo|Nagoya|Fukuoka|Sendai
JPN: Nagasaki|Yokosuka|Sasebo|Ise-Shima
NZL: Dunedin|Rotorua
TWN: Kaohsiung|Taichung|Tainan|Kinmen|Penghu|Hsinchu
BGD: Cox's Bazar|Sylhet|Khulna|Rajshahi
LKA: Hambantota|Jaffna|Kandy|Trincomalee
NPL: Pokhara
AFG: Mazar-i-Sharif|Jalalabad|Kunduz|Bagram|Helmand|Panjshir|Khost
IRN: Shiraz|Qom|Ahvaz|Bandar Abbas|Natanz|Fordow|Bushehr|Chabahar|Karaj|Kermanshah|Khuzestan|Sistan-Baluchestan
IRN: Kharg Island
IRQ: Kirkuk|Karbala|Fallujah|Ramadi|Tikrit|Sulaymaniyah|Duhok|Sinjar|Anbar|Samarra
SYR: Raqqa|Deir ez-Zor|Daraa|Hama|Tartus|Palmyra|Qamishli|Kobani|Afrin|Manbij|Quneitra|Sweida
LBN: Sidon|Baalbek|Nabatieh
ISR: Ashkelon|Ashdod|Sderot|Beersheba|Nazareth|Netanya
PSE: Hebron|Nablus|Bethlehem|Jericho|Tulkarm|Deir al-Balah|Beit Lahia|Jabalia
JOR: Aqaba|Zarqa|Irbid
EGY: Giza|Luxor|Aswan|Hurghada|Port Said|Ismailia|Sinai|El-Arish|Arish|El Alamein|Sharm El-Sheikh|Sharm El Sheikh
EGY: Sharm el Sheikh|Sharm al-Sheikh
SAU: Medina|Dammam|Dhahran|NEOM|AlUla|Al-Ula|Taif|Tabuk|Jazan|Najran|Khobar
ARE: Sharjah|Ajman|Fujairah|Ras Al Khaimah
QAT: Lusail
OMN: Sohar|Duqm
YEM: Marib|Taiz|Mukalla|Saada|Hadramawt|Hadramout
TUR: Izmir|Bursa|Adana|Gaziantep|Konya|Diyarbakir|Incirlik|Bodrum|Trabzon|Kayseri|Mersin|Hatay|Kahramanmaras
TUR: Sanliurfa|Erzurum|Edirne
AZE: Stepanakert|Khankendi|Shusha|Nakhchivan|Sumgait
ARM: Gyumri|Syunik
GEO: Sukhumi|Tskhinvali|Kutaisi
TJK: Khujand|Isfara|Gorno-Badakhshan
KGZ: Osh|Batken
UZB: Namangan|Andijan
KAZ: Shymkent|Karaganda|Aktau|Atyrau|Baikonur
TKM: Turkmenbashi
FRA: Toulouse|Lille|Nantes|Cannes|Biarritz|Rambouillet|Évian|Evian-les-Bains|Deauville|Versailles|Calais|Dunkirk
FRA: Normandy|Corsica|Alsace|Provence|Mayotte|Guadeloupe|Martinique|French Guiana
ITA: Genoa|Bologna|Palermo|Sicily|Sardinia|Lampedusa|Bari|Catania|Trieste|Taormina|Borgo Egnazia|Apulia|Puglia
ITA: Lombardy|Tuscany|Calabria|Cernobbio|Capri
ESP: Seville|Bilbao|Málaga|Zaragoza|Catalonia|Andalusia|Basque Country|Canary Islands|Ceuta|Melilla|Mallorca|Majorca
ESP: Ibiza
GBR: Leeds|Sheffield|Bristol|Cardiff|Scotland|Wales|Northern Ireland|England|Cornwall|Carbis Bay|Chequers|Sandringham
GBR: Balmoral|Gibraltar
NLD: Utrecht|Eindhoven|Maastricht
BEL: Ghent|Liège|Bruges|Flanders|Wallonia
CHE: Basel|Lucerne|Bürgenstock|Montreux|Locarno|Lugano
AUT: Salzburg|Innsbruck|Graz|Linz
POL: Wroclaw|Poznan|Lodz|Rzeszow|Katowice|Lublin|Szczecin|Suwalki
CZE: Brno|Ostrava
SVK: Kosice
HUN: Debrecen
ROU: Cluj|Cluj-Napoca|Constanta|Timisoara|Iasi
BGR: Plovdiv|Varna|Burgas
SRB: Novi Sad|Nis
XKX: Mitrovica|Prizren
BIH: Mostar|Banja Luka|Srebrenica|Republika Srpska
HRV: Dubrovnik
SVN: Bled|Brdo pri Kranju
MNE: Budva
MKD: Ohrid
ALB: Durres
GRC: Thessaloniki|Crete|Piraeus|Corfu|Lesbos|Alexandroupolis|Mykonos|Santorini
CYP: Limassol|Larnaca|Paphos
SWE: Gothenburg|Malmö
NOR: Tromso|Svalbard
DNK: Aarhus|Odense
FIN: Turku|Tampere
EST: Tartu|Narva
LTU: Klaipeda
LVA: Daugavpils
BLR: Gomel|Homel|Grodno|Vitebsk|Mogilev
MDA: Transnistria|Tiraspol|Gagauzia
ARG: Ushuaia|Mar del Plata|Bariloche|Tucumán
CHL: Antofagasta|Viña del Mar|Punta Arenas
PER: Cusco|Cuzco|Arequipa|Machu Picchu|Puno|Iquitos|Callao
COL: Cali|Barranquilla|Cúcuta|Bucaramanga
VEN: Barquisimeto|Zulia|Táchira|Apure
GUY: Essequibo
BOL: Cochabamba|El Alto
PRY: Ciudad del Este
URY: Punta del Este
CUB: Santiago de Cuba|Varadero
HTI: Cap-Haïtien
DOM: Punta Cana
HND: San Pedro Sula
LBY: Derna|Sabha|Zawiya|Fezzan|Cyrenaica|Tripolitania
TUN: Sfax|Sousse|Djerba
DZA: Tindouf
MAR: Agadir|Oujda
SDN: Darfur|Kordofan|Wad Madani|Nyala|El Obeid|Kassala|Gezira
SSD: Malakal|Bentiu
ETH: Tigray|Amhara|Oromia|Mekelle|Gondar|Bahir Dar|Dire Dawa|Ogaden
ERI: Assab|Massawa
SOM: Kismayo|Baidoa|Puntland|Jubaland|Galkayo
KEN: Kisumu|Nakuru|Eldoret|Garissa|Lamu
TZA: Zanzibar|Mwanza
UGA: Entebbe|Gulu
BDI: Bujumbura
COD: Bukavu|North Kivu|South Kivu|Ituri|Bunia|Katanga|Uvira|Rutshuru|Kolwezi|Matadi|Mbuji-Mayi|Kananga
AGO: Cabinda|Lobito|Benguela
MOZ: Cabo Delgado|Nampula|Mocímboa da Praia
ZMB: Ndola|Kitwe
ZWE: Bulawayo
ZAF: Soweto|Port Elizabeth|Gqeberha|Sandton|Stellenbosch|Bloemfontein|Gauteng|KwaZulu-Natal
NAM: Walvis Bay|Swakopmund
GHA: Kumasi|Takoradi
SEN: Touba|Casamance
MLI: Timbuktu|Kidal|Mopti|Ségou|Tessalit
BFA: Bobo-Dioulasso|Djibo
NER: Agadez|Arlit|Diffa|Zinder|Tillabéri|Maradi
TCD: Abéché|Adré
CMR: Bamenda|Buea|Maroua|Garoua
GAB: Port-Gentil
MDG: Toamasina
DJI: Obock|Tadjoura
KOR: Daegu|Daejeon|Gwangju|Ulsan|Suwon|Gyeongju|Pyeongtaek
PRK: Kaesong|Wonsan|Sinuiju|Hamhung|Yongbyon
IDN: Bandung|Medan|Semarang|Makassar|Palembang|Yogyakarta|Batam|Aceh|West Papua|Sumatra|Java|Kalimantan|Sulawesi
IDN: Lombok|Nusantara|Tangerang|Bekasi|Depok
PHL: Quezon City|Mindanao|Luzon|Palawan|Zamboanga|Marawi|Subic|Subic Bay|Visayas
MYS: Johor|Sarawak|Langkawi
THA: Pattaya|Hua Hin|Songkhla|Pattani|Narathiwat
VNM: Haiphong|Hai Phong|Ha Long|Halong Bay|Nha Trang|Can Tho|Saigon
KHM: Siem Reap|Sihanoukville|Battambang
MMR: Rangoon|Rakhine|Kachin|Sagaing|Myawaddy|Lashio
PNG: Bougainville
`;

export const PLACES: Readonly<Record<string, string>> = Object.fromEntries(PLACE_TABLE.split('\n').filter(Boolean).flatMap((line) => {
  const [code, names] = line.split(': ');
  return names.split('|').map((name) => [name, code]);
}));
