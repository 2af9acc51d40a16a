namespace PolicyEvents.Domain;

/// <summary>
/// The ISO 3166-1 entries built into the library: the 249 officially assigned alpha-2 codes, sorted by code.
/// </summary>
/// <remarks>
/// <para>
/// Provenance of codes and names: the <c>name</c> field (the ISO 3166-1 English short name as kept by the
/// iso-codes project) of <c>data/iso_3166-1.json</c> in the iso-codes project
/// (https://salsa.debian.org/iso-codes-team/iso-codes, release v4.15.0, 2023-04-27), as shipped by the Debian
/// package <c>iso-codes</c> 4.15.0-1 at <c>/usr/share/iso-codes/json/iso_3166-1.json</c>
/// (SHA-256 f01b812b57fba9f31ff621bf33e7c7570a01964dbeb5be2167e94decf538c89f).
/// The code set was cross-checked against tzdb's <c>zone.tab</c> as exposed by NodaTime 3.3.7: it covers the same
/// codes except BV and HM, which have no zone of their own.
/// </para>
/// <para>
/// Provenance of time zones: <c>TzdbDateTimeZoneSource.Default.ZoneLocations</c> (tzdb <c>zone.tab</c>) of
/// NodaTime 3.3.7 (TZDB 2026f): the first zone listed for the country, except where a trailing comment on the
/// entry says otherwise (capital's or most populous zone chosen instead, or no <c>zone.tab</c> entry exists).
/// Every zone id resolves with <c>DateTimeZoneProviders.Tzdb.GetZoneOrNull</c>; some are tzdb links
/// (e.g. <c>America/Antigua</c>), kept as listed in <c>zone.tab</c>.
/// </para>
/// <para>
/// Kinds: UN member states and the Holy See are sovereign states; Taiwan and Palestine are partially recognized
/// states; Hong Kong and Macao are special administrative regions of China; other territories are dependent
/// territories with the ISO 3166-1 code of the administering state as parent; Western Sahara and Antarctica are
/// <see cref="JurisdictionKind.Other"/>. Kosovo (XK) is a user-assigned code and is not in this table.
/// </para>
/// </remarks>
internal static class Iso3166Data
{
    /// <summary>
    /// All built-in entries, sorted by <see cref="Iso3166Entry.Code"/> (ordinal), one per officially assigned code.
    /// </summary>
    internal static readonly Iso3166Entry[] Entries =
    [
        new("AD", "Andorra", JurisdictionKind.SovereignState, null, "Europe/Andorra"),
        new("AE", "United Arab Emirates", JurisdictionKind.SovereignState, null, "Asia/Dubai"),
        new("AF", "Afghanistan", JurisdictionKind.SovereignState, null, "Asia/Kabul"),
        new("AG", "Antigua and Barbuda", JurisdictionKind.SovereignState, null, "America/Antigua"),
        new("AI", "Anguilla", JurisdictionKind.DependentTerritory, "GB", "America/Anguilla"),
        new("AL", "Albania", JurisdictionKind.SovereignState, null, "Europe/Tirane"),
        new("AM", "Armenia", JurisdictionKind.SovereignState, null, "Asia/Yerevan"),
        new("AO", "Angola", JurisdictionKind.SovereignState, null, "Africa/Luanda"),
        new("AQ", "Antarctica", JurisdictionKind.Other, null, "Antarctica/McMurdo"), // governed by the Antarctic Treaty System; no sovereign; zone: no single zone for the continent; zone.tab's first (McMurdo, the largest station)
        new("AR", "Argentina", JurisdictionKind.SovereignState, null, "America/Argentina/Buenos_Aires"),
        new("AS", "American Samoa", JurisdictionKind.DependentTerritory, "US", "Pacific/Pago_Pago"),
        new("AT", "Austria", JurisdictionKind.SovereignState, null, "Europe/Vienna"),
        new("AU", "Australia", JurisdictionKind.SovereignState, null, "Australia/Sydney"), // zone: zone.tab lists Australia/Lord_Howe first; Sydney is the most populous zone
        new("AW", "Aruba", JurisdictionKind.DependentTerritory, "NL", "America/Aruba"), // constituent country of the Kingdom of the Netherlands
        new("AX", "Åland Islands", JurisdictionKind.DependentTerritory, "FI", "Europe/Mariehamn"), // autonomous region of Finland, separately coded in ISO 3166-1
        new("AZ", "Azerbaijan", JurisdictionKind.SovereignState, null, "Asia/Baku"),
        new("BA", "Bosnia and Herzegovina", JurisdictionKind.SovereignState, null, "Europe/Sarajevo"),
        new("BB", "Barbados", JurisdictionKind.SovereignState, null, "America/Barbados"),
        new("BD", "Bangladesh", JurisdictionKind.SovereignState, null, "Asia/Dhaka"),
        new("BE", "Belgium", JurisdictionKind.SovereignState, null, "Europe/Brussels"),
        new("BF", "Burkina Faso", JurisdictionKind.SovereignState, null, "Africa/Ouagadougou"),
        new("BG", "Bulgaria", JurisdictionKind.SovereignState, null, "Europe/Sofia"),
        new("BH", "Bahrain", JurisdictionKind.SovereignState, null, "Asia/Bahrain"),
        new("BI", "Burundi", JurisdictionKind.SovereignState, null, "Africa/Bujumbura"),
        new("BJ", "Benin", JurisdictionKind.SovereignState, null, "Africa/Porto-Novo"),
        new("BL", "Saint Barthélemy", JurisdictionKind.DependentTerritory, "FR", "America/St_Barthelemy"), // French overseas collectivity
        new("BM", "Bermuda", JurisdictionKind.DependentTerritory, "GB", "Atlantic/Bermuda"),
        new("BN", "Brunei Darussalam", JurisdictionKind.SovereignState, null, "Asia/Brunei"),
        new("BO", "Bolivia, Plurinational State of", JurisdictionKind.SovereignState, null, "America/La_Paz"),
        new("BQ", "Bonaire, Sint Eustatius and Saba", JurisdictionKind.DependentTerritory, "NL", "America/Kralendijk"), // special municipalities of the Netherlands, separately coded in ISO 3166-1
        new("BR", "Brazil", JurisdictionKind.SovereignState, null, "America/Sao_Paulo"), // zone: zone.tab lists America/Noronha first; Sao Paulo covers Brasilia and most of the population
        new("BS", "Bahamas", JurisdictionKind.SovereignState, null, "America/Nassau"),
        new("BT", "Bhutan", JurisdictionKind.SovereignState, null, "Asia/Thimphu"),
        new("BV", "Bouvet Island", JurisdictionKind.DependentTerritory, "NO", "Europe/Oslo"), // Norwegian dependency; zone: uninhabited, no tzdb entry: administering state's (Norway's) zone
        new("BW", "Botswana", JurisdictionKind.SovereignState, null, "Africa/Gaborone"),
        new("BY", "Belarus", JurisdictionKind.SovereignState, null, "Europe/Minsk"),
        new("BZ", "Belize", JurisdictionKind.SovereignState, null, "America/Belize"),
        new("CA", "Canada", JurisdictionKind.SovereignState, null, "America/Toronto"), // zone: zone.tab lists America/St_Johns first; Toronto covers Ottawa and most of the population
        new("CC", "Cocos (Keeling) Islands", JurisdictionKind.DependentTerritory, "AU", "Indian/Cocos"), // Australian external territory
        new("CD", "Congo, The Democratic Republic of the", JurisdictionKind.SovereignState, null, "Africa/Kinshasa"),
        new("CF", "Central African Republic", JurisdictionKind.SovereignState, null, "Africa/Bangui"),
        new("CG", "Congo", JurisdictionKind.SovereignState, null, "Africa/Brazzaville"),
        new("CH", "Switzerland", JurisdictionKind.SovereignState, null, "Europe/Zurich"),
        new("CI", "Côte d'Ivoire", JurisdictionKind.SovereignState, null, "Africa/Abidjan"),
        new("CK", "Cook Islands", JurisdictionKind.DependentTerritory, "NZ", "Pacific/Rarotonga"), // self-governing in free association with New Zealand; not a UN member
        new("CL", "Chile", JurisdictionKind.SovereignState, null, "America/Santiago"),
        new("CM", "Cameroon", JurisdictionKind.SovereignState, null, "Africa/Douala"),
        new("CN", "China", JurisdictionKind.SovereignState, null, "Asia/Shanghai"),
        new("CO", "Colombia", JurisdictionKind.SovereignState, null, "America/Bogota"),
        new("CR", "Costa Rica", JurisdictionKind.SovereignState, null, "America/Costa_Rica"),
        new("CU", "Cuba", JurisdictionKind.SovereignState, null, "America/Havana"),
        new("CV", "Cabo Verde", JurisdictionKind.SovereignState, null, "Atlantic/Cape_Verde"),
        new("CW", "Curaçao", JurisdictionKind.DependentTerritory, "NL", "America/Curacao"), // constituent country of the Kingdom of the Netherlands
        new("CX", "Christmas Island", JurisdictionKind.DependentTerritory, "AU", "Indian/Christmas"), // Australian external territory
        new("CY", "Cyprus", JurisdictionKind.SovereignState, null, "Asia/Nicosia"),
        new("CZ", "Czechia", JurisdictionKind.SovereignState, null, "Europe/Prague"),
        new("DE", "Germany", JurisdictionKind.SovereignState, null, "Europe/Berlin"),
        new("DJ", "Djibouti", JurisdictionKind.SovereignState, null, "Africa/Djibouti"),
        new("DK", "Denmark", JurisdictionKind.SovereignState, null, "Europe/Copenhagen"),
        new("DM", "Dominica", JurisdictionKind.SovereignState, null, "America/Dominica"),
        new("DO", "Dominican Republic", JurisdictionKind.SovereignState, null, "America/Santo_Domingo"),
        new("DZ", "Algeria", JurisdictionKind.SovereignState, null, "Africa/Algiers"),
        new("EC", "Ecuador", JurisdictionKind.SovereignState, null, "America/Guayaquil"),
        new("EE", "Estonia", JurisdictionKind.SovereignState, null, "Europe/Tallinn"),
        new("EG", "Egypt", JurisdictionKind.SovereignState, null, "Africa/Cairo"),
        new("EH", "Western Sahara", JurisdictionKind.Other, null, "Africa/El_Aaiun"), // disputed non-self-governing territory (largely administered by Morocco, claimed by the SADR)
        new("ER", "Eritrea", JurisdictionKind.SovereignState, null, "Africa/Asmara"),
        new("ES", "Spain", JurisdictionKind.SovereignState, null, "Europe/Madrid"),
        new("ET", "Ethiopia", JurisdictionKind.SovereignState, null, "Africa/Addis_Ababa"),
        new("FI", "Finland", JurisdictionKind.SovereignState, null, "Europe/Helsinki"),
        new("FJ", "Fiji", JurisdictionKind.SovereignState, null, "Pacific/Fiji"),
        new("FK", "Falkland Islands (Malvinas)", JurisdictionKind.DependentTerritory, "GB", "Atlantic/Stanley"), // British overseas territory; sovereignty disputed by Argentina
        new("FM", "Micronesia, Federated States of", JurisdictionKind.SovereignState, null, "Pacific/Chuuk"),
        new("FO", "Faroe Islands", JurisdictionKind.DependentTerritory, "DK", "Atlantic/Faroe"), // self-governing part of the Kingdom of Denmark
        new("FR", "France", JurisdictionKind.SovereignState, null, "Europe/Paris"),
        new("GA", "Gabon", JurisdictionKind.SovereignState, null, "Africa/Libreville"),
        new("GB", "United Kingdom", JurisdictionKind.SovereignState, null, "Europe/London"),
        new("GD", "Grenada", JurisdictionKind.SovereignState, null, "America/Grenada"),
        new("GE", "Georgia", JurisdictionKind.SovereignState, null, "Asia/Tbilisi"),
        new("GF", "French Guiana", JurisdictionKind.DependentTerritory, "FR", "America/Cayenne"), // French overseas department/region, separately coded in ISO 3166-1
        new("GG", "Guernsey", JurisdictionKind.DependentTerritory, "GB", "Europe/Guernsey"), // Crown Dependency (not part of the UK; UK responsible for defence and foreign affairs)
        new("GH", "Ghana", JurisdictionKind.SovereignState, null, "Africa/Accra"),
        new("GI", "Gibraltar", JurisdictionKind.DependentTerritory, "GB", "Europe/Gibraltar"),
        new("GL", "Greenland", JurisdictionKind.DependentTerritory, "DK", "America/Nuuk"), // self-governing part of the Kingdom of Denmark
        new("GM", "Gambia", JurisdictionKind.SovereignState, null, "Africa/Banjul"),
        new("GN", "Guinea", JurisdictionKind.SovereignState, null, "Africa/Conakry"),
        new("GP", "Guadeloupe", JurisdictionKind.DependentTerritory, "FR", "America/Guadeloupe"), // French overseas department/region, separately coded in ISO 3166-1
        new("GQ", "Equatorial Guinea", JurisdictionKind.SovereignState, null, "Africa/Malabo"),
        new("GR", "Greece", JurisdictionKind.SovereignState, null, "Europe/Athens"),
        new("GS", "South Georgia and the South Sandwich Islands", JurisdictionKind.DependentTerritory, "GB", "Atlantic/South_Georgia"),
        new("GT", "Guatemala", JurisdictionKind.SovereignState, null, "America/Guatemala"),
        new("GU", "Guam", JurisdictionKind.DependentTerritory, "US", "Pacific/Guam"),
        new("GW", "Guinea-Bissau", JurisdictionKind.SovereignState, null, "Africa/Bissau"),
        new("GY", "Guyana", JurisdictionKind.SovereignState, null, "America/Guyana"),
        new("HK", "Hong Kong", JurisdictionKind.SpecialAdministrativeRegion, "CN", "Asia/Hong_Kong"),
        new("HM", "Heard Island and McDonald Islands", JurisdictionKind.DependentTerritory, "AU", "Antarctica/Mawson"), // Australian external territory; zone: uninhabited, no tzdb entry: Australian Antarctic station zone (UTC+5, matching the islands' longitude)
        new("HN", "Honduras", JurisdictionKind.SovereignState, null, "America/Tegucigalpa"),
        new("HR", "Croatia", JurisdictionKind.SovereignState, null, "Europe/Zagreb"),
        new("HT", "Haiti", JurisdictionKind.SovereignState, null, "America/Port-au-Prince"),
        new("HU", "Hungary", JurisdictionKind.SovereignState, null, "Europe/Budapest"),
        new("ID", "Indonesia", JurisdictionKind.SovereignState, null, "Asia/Jakarta"),
        new("IE", "Ireland", JurisdictionKind.SovereignState, null, "Europe/Dublin"),
        new("IL", "Israel", JurisdictionKind.SovereignState, null, "Asia/Jerusalem"),
        new("IM", "Isle of Man", JurisdictionKind.DependentTerritory, "GB", "Europe/Isle_of_Man"), // Crown Dependency (not part of the UK; UK responsible for defence and foreign affairs)
        new("IN", "India", JurisdictionKind.SovereignState, null, "Asia/Kolkata"),
        new("IO", "British Indian Ocean Territory", JurisdictionKind.DependentTerritory, "GB", "Indian/Chagos"), // British overseas territory; sovereignty disputed by Mauritius
        new("IQ", "Iraq", JurisdictionKind.SovereignState, null, "Asia/Baghdad"),
        new("IR", "Iran, Islamic Republic of", JurisdictionKind.SovereignState, null, "Asia/Tehran"),
        new("IS", "Iceland", JurisdictionKind.SovereignState, null, "Atlantic/Reykjavik"),
        new("IT", "Italy", JurisdictionKind.SovereignState, null, "Europe/Rome"),
        new("JE", "Jersey", JurisdictionKind.DependentTerritory, "GB", "Europe/Jersey"), // Crown Dependency (not part of the UK; UK responsible for defence and foreign affairs)
        new("JM", "Jamaica", JurisdictionKind.SovereignState, null, "America/Jamaica"),
        new("JO", "Jordan", JurisdictionKind.SovereignState, null, "Asia/Amman"),
        new("JP", "Japan", JurisdictionKind.SovereignState, null, "Asia/Tokyo"),
        new("KE", "Kenya", JurisdictionKind.SovereignState, null, "Africa/Nairobi"),
        new("KG", "Kyrgyzstan", JurisdictionKind.SovereignState, null, "Asia/Bishkek"),
        new("KH", "Cambodia", JurisdictionKind.SovereignState, null, "Asia/Phnom_Penh"),
        new("KI", "Kiribati", JurisdictionKind.SovereignState, null, "Pacific/Tarawa"),
        new("KM", "Comoros", JurisdictionKind.SovereignState, null, "Indian/Comoro"),
        new("KN", "Saint Kitts and Nevis", JurisdictionKind.SovereignState, null, "America/St_Kitts"),
        new("KP", "Korea, Democratic People's Republic of", JurisdictionKind.SovereignState, null, "Asia/Pyongyang"),
        new("KR", "Korea, Republic of", JurisdictionKind.SovereignState, null, "Asia/Seoul"),
        new("KW", "Kuwait", JurisdictionKind.SovereignState, null, "Asia/Kuwait"),
        new("KY", "Cayman Islands", JurisdictionKind.DependentTerritory, "GB", "America/Cayman"),
        new("KZ", "Kazakhstan", JurisdictionKind.SovereignState, null, "Asia/Almaty"),
        new("LA", "Lao People's Democratic Republic", JurisdictionKind.SovereignState, null, "Asia/Vientiane"),
        new("LB", "Lebanon", JurisdictionKind.SovereignState, null, "Asia/Beirut"),
        new("LC", "Saint Lucia", JurisdictionKind.SovereignState, null, "America/St_Lucia"),
        new("LI", "Liechtenstein", JurisdictionKind.SovereignState, null, "Europe/Vaduz"),
        new("LK", "Sri Lanka", JurisdictionKind.SovereignState, null, "Asia/Colombo"),
        new("LR", "Liberia", JurisdictionKind.SovereignState, null, "Africa/Monrovia"),
        new("LS", "Lesotho", JurisdictionKind.SovereignState, null, "Africa/Maseru"),
        new("LT", "Lithuania", JurisdictionKind.SovereignState, null, "Europe/Vilnius"),
        new("LU", "Luxembourg", JurisdictionKind.SovereignState, null, "Europe/Luxembourg"),
        new("LV", "Latvia", JurisdictionKind.SovereignState, null, "Europe/Riga"),
        new("LY", "Libya", JurisdictionKind.SovereignState, null, "Africa/Tripoli"),
        new("MA", "Morocco", JurisdictionKind.SovereignState, null, "Africa/Casablanca"),
        new("MC", "Monaco", JurisdictionKind.SovereignState, null, "Europe/Monaco"),
        new("MD", "Moldova, Republic of", JurisdictionKind.SovereignState, null, "Europe/Chisinau"),
        new("ME", "Montenegro", JurisdictionKind.SovereignState, null, "Europe/Podgorica"),
        new("MF", "Saint Martin (French part)", JurisdictionKind.DependentTerritory, "FR", "America/Marigot"), // French overseas collectivity
        new("MG", "Madagascar", JurisdictionKind.SovereignState, null, "Indian/Antananarivo"),
        new("MH", "Marshall Islands", JurisdictionKind.SovereignState, null, "Pacific/Majuro"),
        new("MK", "North Macedonia", JurisdictionKind.SovereignState, null, "Europe/Skopje"),
        new("ML", "Mali", JurisdictionKind.SovereignState, null, "Africa/Bamako"),
        new("MM", "Myanmar", JurisdictionKind.SovereignState, null, "Asia/Yangon"),
        new("MN", "Mongolia", JurisdictionKind.SovereignState, null, "Asia/Ulaanbaatar"),
        new("MO", "Macao", JurisdictionKind.SpecialAdministrativeRegion, "CN", "Asia/Macau"),
        new("MP", "Northern Mariana Islands", JurisdictionKind.DependentTerritory, "US", "Pacific/Saipan"), // commonwealth in political union with the US
        new("MQ", "Martinique", JurisdictionKind.DependentTerritory, "FR", "America/Martinique"), // French overseas department/region, separately coded in ISO 3166-1
        new("MR", "Mauritania", JurisdictionKind.SovereignState, null, "Africa/Nouakchott"),
        new("MS", "Montserrat", JurisdictionKind.DependentTerritory, "GB", "America/Montserrat"),
        new("MT", "Malta", JurisdictionKind.SovereignState, null, "Europe/Malta"),
        new("MU", "Mauritius", JurisdictionKind.SovereignState, null, "Indian/Mauritius"),
        new("MV", "Maldives", JurisdictionKind.SovereignState, null, "Indian/Maldives"),
        new("MW", "Malawi", JurisdictionKind.SovereignState, null, "Africa/Blantyre"),
        new("MX", "Mexico", JurisdictionKind.SovereignState, null, "America/Mexico_City"),
        new("MY", "Malaysia", JurisdictionKind.SovereignState, null, "Asia/Kuala_Lumpur"),
        new("MZ", "Mozambique", JurisdictionKind.SovereignState, null, "Africa/Maputo"),
        new("NA", "Namibia", JurisdictionKind.SovereignState, null, "Africa/Windhoek"),
        new("NC", "New Caledonia", JurisdictionKind.DependentTerritory, "FR", "Pacific/Noumea"), // French sui generis collectivity
        new("NE", "Niger", JurisdictionKind.SovereignState, null, "Africa/Niamey"),
        new("NF", "Norfolk Island", JurisdictionKind.DependentTerritory, "AU", "Pacific/Norfolk"), // Australian external territory
        new("NG", "Nigeria", JurisdictionKind.SovereignState, null, "Africa/Lagos"),
        new("NI", "Nicaragua", JurisdictionKind.SovereignState, null, "America/Managua"),
        new("NL", "Netherlands", JurisdictionKind.SovereignState, null, "Europe/Amsterdam"),
        new("NO", "Norway", JurisdictionKind.SovereignState, null, "Europe/Oslo"),
        new("NP", "Nepal", JurisdictionKind.SovereignState, null, "Asia/Kathmandu"),
        new("NR", "Nauru", JurisdictionKind.SovereignState, null, "Pacific/Nauru"),
        new("NU", "Niue", JurisdictionKind.DependentTerritory, "NZ", "Pacific/Niue"), // self-governing in free association with New Zealand; not a UN member
        new("NZ", "New Zealand", JurisdictionKind.SovereignState, null, "Pacific/Auckland"),
        new("OM", "Oman", JurisdictionKind.SovereignState, null, "Asia/Muscat"),
        new("PA", "Panama", JurisdictionKind.SovereignState, null, "America/Panama"),
        new("PE", "Peru", JurisdictionKind.SovereignState, null, "America/Lima"),
        new("PF", "French Polynesia", JurisdictionKind.DependentTerritory, "FR", "Pacific/Tahiti"), // French overseas collectivity
        new("PG", "Papua New Guinea", JurisdictionKind.SovereignState, null, "Pacific/Port_Moresby"),
        new("PH", "Philippines", JurisdictionKind.SovereignState, null, "Asia/Manila"),
        new("PK", "Pakistan", JurisdictionKind.SovereignState, null, "Asia/Karachi"),
        new("PL", "Poland", JurisdictionKind.SovereignState, null, "Europe/Warsaw"),
        new("PM", "Saint Pierre and Miquelon", JurisdictionKind.DependentTerritory, "FR", "America/Miquelon"), // French overseas collectivity
        new("PN", "Pitcairn", JurisdictionKind.DependentTerritory, "GB", "Pacific/Pitcairn"),
        new("PR", "Puerto Rico", JurisdictionKind.DependentTerritory, "US", "America/Puerto_Rico"), // unincorporated US territory (commonwealth)
        new("PS", "Palestine, State of", JurisdictionKind.PartiallyRecognizedState, null, "Asia/Hebron"), // UN non-member observer state; recognition is partial; zone: zone.tab lists Asia/Gaza first; Hebron covers the West Bank (Ramallah, seat of government), the larger population
        new("PT", "Portugal", JurisdictionKind.SovereignState, null, "Europe/Lisbon"),
        new("PW", "Palau", JurisdictionKind.SovereignState, null, "Pacific/Palau"),
        new("PY", "Paraguay", JurisdictionKind.SovereignState, null, "America/Asuncion"),
        new("QA", "Qatar", JurisdictionKind.SovereignState, null, "Asia/Qatar"),
        new("RE", "Réunion", JurisdictionKind.DependentTerritory, "FR", "Indian/Reunion"), // French overseas department/region, separately coded in ISO 3166-1
        new("RO", "Romania", JurisdictionKind.SovereignState, null, "Europe/Bucharest"),
        new("RS", "Serbia", JurisdictionKind.SovereignState, null, "Europe/Belgrade"),
        new("RU", "Russian Federation", JurisdictionKind.SovereignState, null, "Europe/Moscow"), // zone: zone.tab lists Europe/Kaliningrad first; Moscow is the capital
        new("RW", "Rwanda", JurisdictionKind.SovereignState, null, "Africa/Kigali"),
        new("SA", "Saudi Arabia", JurisdictionKind.SovereignState, null, "Asia/Riyadh"),
        new("SB", "Solomon Islands", JurisdictionKind.SovereignState, null, "Pacific/Guadalcanal"),
        new("SC", "Seychelles", JurisdictionKind.SovereignState, null, "Indian/Mahe"),
        new("SD", "Sudan", JurisdictionKind.SovereignState, null, "Africa/Khartoum"),
        new("SE", "Sweden", JurisdictionKind.SovereignState, null, "Europe/Stockholm"),
        new("SG", "Singapore", JurisdictionKind.SovereignState, null, "Asia/Singapore"),
        new("SH", "Saint Helena, Ascension and Tristan da Cunha", JurisdictionKind.DependentTerritory, "GB", "Atlantic/St_Helena"),
        new("SI", "Slovenia", JurisdictionKind.SovereignState, null, "Europe/Ljubljana"),
        new("SJ", "Svalbard and Jan Mayen", JurisdictionKind.DependentTerritory, "NO", "Arctic/Longyearbyen"), // Svalbard and Jan Mayen are Norwegian
        new("SK", "Slovakia", JurisdictionKind.SovereignState, null, "Europe/Bratislava"),
        new("SL", "Sierra Leone", JurisdictionKind.SovereignState, null, "Africa/Freetown"),
        new("SM", "San Marino", JurisdictionKind.SovereignState, null, "Europe/San_Marino"),
        new("SN", "Senegal", JurisdictionKind.SovereignState, null, "Africa/Dakar"),
        new("SO", "Somalia", JurisdictionKind.SovereignState, null, "Africa/Mogadishu"),
        new("SR", "Suriname", JurisdictionKind.SovereignState, null, "America/Paramaribo"),
        new("SS", "South Sudan", JurisdictionKind.SovereignState, null, "Africa/Juba"),
        new("ST", "Sao Tome and Principe", JurisdictionKind.SovereignState, null, "Africa/Sao_Tome"),
        new("SV", "El Salvador", JurisdictionKind.SovereignState, null, "America/El_Salvador"),
        new("SX", "Sint Maarten (Dutch part)", JurisdictionKind.DependentTerritory, "NL", "America/Lower_Princes"), // constituent country of the Kingdom of the Netherlands
        new("SY", "Syrian Arab Republic", JurisdictionKind.SovereignState, null, "Asia/Damascus"),
        new("SZ", "Eswatini", JurisdictionKind.SovereignState, null, "Africa/Mbabane"),
        new("TC", "Turks and Caicos Islands", JurisdictionKind.DependentTerritory, "GB", "America/Grand_Turk"),
        new("TD", "Chad", JurisdictionKind.SovereignState, null, "Africa/Ndjamena"),
        new("TF", "French Southern Territories", JurisdictionKind.DependentTerritory, "FR", "Indian/Kerguelen"), // French Southern and Antarctic Lands
        new("TG", "Togo", JurisdictionKind.SovereignState, null, "Africa/Lome"),
        new("TH", "Thailand", JurisdictionKind.SovereignState, null, "Asia/Bangkok"),
        new("TJ", "Tajikistan", JurisdictionKind.SovereignState, null, "Asia/Dushanbe"),
        new("TK", "Tokelau", JurisdictionKind.DependentTerritory, "NZ", "Pacific/Fakaofo"), // New Zealand dependent territory
        new("TL", "Timor-Leste", JurisdictionKind.SovereignState, null, "Asia/Dili"),
        new("TM", "Turkmenistan", JurisdictionKind.SovereignState, null, "Asia/Ashgabat"),
        new("TN", "Tunisia", JurisdictionKind.SovereignState, null, "Africa/Tunis"),
        new("TO", "Tonga", JurisdictionKind.SovereignState, null, "Pacific/Tongatapu"),
        new("TR", "Türkiye", JurisdictionKind.SovereignState, null, "Europe/Istanbul"),
        new("TT", "Trinidad and Tobago", JurisdictionKind.SovereignState, null, "America/Port_of_Spain"),
        new("TV", "Tuvalu", JurisdictionKind.SovereignState, null, "Pacific/Funafuti"),
        new("TW", "Taiwan, Province of China", JurisdictionKind.PartiallyRecognizedState, null, "Asia/Taipei"), // governed by the ROC; ISO lists it as a province of China; not a UN member
        new("TZ", "Tanzania, United Republic of", JurisdictionKind.SovereignState, null, "Africa/Dar_es_Salaam"),
        new("UA", "Ukraine", JurisdictionKind.SovereignState, null, "Europe/Kyiv"), // zone: zone.tab lists Europe/Simferopol first; Kyiv is the capital
        new("UG", "Uganda", JurisdictionKind.SovereignState, null, "Africa/Kampala"),
        new("UM", "United States Minor Outlying Islands", JurisdictionKind.DependentTerritory, "US", "Pacific/Midway"), // uninhabited / military US islands
        new("US", "United States", JurisdictionKind.SovereignState, null, "America/New_York"),
        new("UY", "Uruguay", JurisdictionKind.SovereignState, null, "America/Montevideo"),
        new("UZ", "Uzbekistan", JurisdictionKind.SovereignState, null, "Asia/Tashkent"), // zone: zone.tab lists Asia/Samarkand first; Tashkent is the capital
        new("VA", "Holy See (Vatican City State)", JurisdictionKind.SovereignState, null, "Europe/Vatican"), // UN non-member observer state
        new("VC", "Saint Vincent and the Grenadines", JurisdictionKind.SovereignState, null, "America/St_Vincent"),
        new("VE", "Venezuela, Bolivarian Republic of", JurisdictionKind.SovereignState, null, "America/Caracas"),
        new("VG", "Virgin Islands, British", JurisdictionKind.DependentTerritory, "GB", "America/Tortola"),
        new("VI", "Virgin Islands, U.S.", JurisdictionKind.DependentTerritory, "US", "America/St_Thomas"),
        new("VN", "Viet Nam", JurisdictionKind.SovereignState, null, "Asia/Ho_Chi_Minh"),
        new("VU", "Vanuatu", JurisdictionKind.SovereignState, null, "Pacific/Efate"),
        new("WF", "Wallis and Futuna", JurisdictionKind.DependentTerritory, "FR", "Pacific/Wallis"), // French overseas collectivity
        new("WS", "Samoa", JurisdictionKind.SovereignState, null, "Pacific/Apia"),
        new("YE", "Yemen", JurisdictionKind.SovereignState, null, "Asia/Aden"),
        new("YT", "Mayotte", JurisdictionKind.DependentTerritory, "FR", "Indian/Mayotte"), // French overseas department/region, separately coded in ISO 3166-1
        new("ZA", "South Africa", JurisdictionKind.SovereignState, null, "Africa/Johannesburg"),
        new("ZM", "Zambia", JurisdictionKind.SovereignState, null, "Africa/Lusaka"),
        new("ZW", "Zimbabwe", JurisdictionKind.SovereignState, null, "Africa/Harare"),
    ];
}

/// <summary>One built-in ISO 3166-1 entry.</summary>
/// <param name="Code">The ISO 3166-1 alpha-2 code, upper case.</param>
/// <param name="Name">The ISO 3166-1 English short name.</param>
/// <param name="Kind">The kind of jurisdiction the code denotes.</param>
/// <param name="ParentCode">
/// The alpha-2 code of the administering or sovereign state for dependent territories and special administrative
/// regions; otherwise <see langword="null"/>.
/// </param>
/// <param name="TimeZoneId">A representative IANA time zone id, present in NodaTime's TZDB provider.</param>
internal readonly record struct Iso3166Entry(
    string Code,
    string Name,
    JurisdictionKind Kind,
    string? ParentCode,
    string TimeZoneId);
