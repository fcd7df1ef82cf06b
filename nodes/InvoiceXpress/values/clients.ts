import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * The fixed value lists of InvoiceXpress clients, as dropdowns.
 *
 * Languages and send options: the enums of the client's `language` ("en", "pt", "es") and
 * `send_options` ("1", "2", "3") on docs.invoicexpress.com/clients/createclient.
 * Tax exemption codes: the IVA exemption table of the API reference (docs.invoicexpress.com,
 * "IVA exemption codes"), which is the Tax Authority's list of exemption reasons.
 * Countries: the reference names a table of accepted countries; InvoiceXpress writes each as its
 * English name ("Portugal", "Germany", "United Kingdom") and refuses any other name with
 * "Country Germani was not found" (api-v2/documentation/error-codes-responses).
 */

export const LANGUAGES: INodePropertyOptions[] = [
	{ name: 'English', value: 'en' },
	{ name: 'Portuguese', value: 'pt' },
	{ name: 'Spanish', value: 'es' },
];

export const SEND_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Original', value: '1', description: 'Send the original only' },
	{ name: 'Original and Duplicate', value: '2' },
	{ name: 'Original, Duplicate and Triplicate', value: '3' },
];

/** [code, mention on the document] */
const EXEMPTIONS: Array<[string, string]> = [
	['M01', 'Artigo 16.º, n.º 6 do CIVA'],
	['M02', 'Artigo 6.º do Decreto-Lei n.º 198/90, de 19 de junho'],
	['M04', 'Isento artigo 13.º do CIVA'],
	['M05', 'Isento artigo 14.º do CIVA'],
	['M06', 'Isento artigo 15.º do CIVA'],
	['M07', 'Isento artigo 9.º do CIVA'],
	['M09', 'IVA – não confere direito a dedução'],
	['M10', 'IVA – regime de isenção'],
	['M11', 'Regime particular do tabaco'],
	['M12', 'Regime da margem de lucro – Agências de viagens'],
	['M13', 'Regime da margem de lucro – Bens em segunda mão'],
	['M14', 'Regime da margem de lucro – Objetos de arte'],
	['M15', 'Regime da margem de lucro – Objetos de coleção e antiguidades'],
	['M16', 'Isento artigo 14.º do RITI'],
	['M19', 'Outras isenções'],
	['M20', 'IVA – regime forfetário'],
	['M21', 'IVA – não confere direito à dedução (ou expressão similar)'],
	['M25', 'Mercadorias à consignação'],
	['M26', 'Isenção de IVA com direito à dedução no cabaz alimentar'],
	['M30', 'IVA – autoliquidação (artigo 2.º n.º 1 alínea i) do CIVA)'],
	['M31', 'IVA – autoliquidação (artigo 2.º n.º 1 alínea j) do CIVA)'],
	['M32', 'IVA – autoliquidação (artigo 2.º n.º 1 alínea l) do CIVA)'],
	['M33', 'IVA – autoliquidação (artigo 2.º n.º 1 alínea m) do CIVA)'],
	['M34', 'IVA – autoliquidação (artigo 2.º n.º 1 alínea n) do CIVA)'],
	['M40', 'IVA – autoliquidação (artigo 6.º n.º 6 alínea a) do CIVA, a contrario)'],
	['M41', 'IVA – autoliquidação (artigo 8.º n.º 3 do RITI)'],
	['M42', 'IVA – autoliquidação (Decreto-Lei n.º 21/2007, de 29 de janeiro)'],
	['M43', 'IVA – autoliquidação (Decreto-Lei n.º 362/99, de 16 de setembro)'],
	['M99', 'Não sujeito ou não tributado'],
];

export const TAX_EXEMPTION_CODES: INodePropertyOptions[] = EXEMPTIONS.map(([code, mention]) => ({
	name: `${code}: ${mention}`,
	value: code,
}));

/** Country names as InvoiceXpress writes them (English), alphabetical. */
export const COUNTRY_NAMES: readonly string[] = [
	'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Antigua and Barbuda', 'Argentina', 'Armenia', 'Australia',
	'Austria', 'Azerbaijan', 'Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium', 'Belize', 'Benin',
	'Bhutan', 'Bolivia', 'Bosnia and Herzegovina', 'Botswana', 'Brazil', 'Brunei', 'Bulgaria', 'Burkina Faso', 'Burundi',
	'Cambodia', 'Cameroon', 'Canada', 'Cape Verde', 'Central African Republic', 'Chad', 'Chile', 'China', 'Colombia',
	'Comoros', 'Congo', 'Costa Rica', 'Croatia', 'Cuba', 'Cyprus', 'Czech Republic', 'Denmark', 'Djibouti', 'Dominica',
	'Dominican Republic', 'Ecuador', 'Egypt', 'El Salvador', 'Equatorial Guinea', 'Eritrea', 'Estonia', 'Ethiopia', 'Fiji',
	'Finland', 'France', 'Gabon', 'Gambia', 'Georgia', 'Germany', 'Ghana', 'Greece', 'Grenada', 'Guatemala', 'Guinea',
	'Guinea-Bissau', 'Guyana', 'Haiti', 'Honduras', 'Hong Kong', 'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran', 'Iraq',
	'Ireland', 'Israel', 'Italy', 'Ivory Coast', 'Jamaica', 'Japan', 'Jordan', 'Kazakhstan', 'Kenya', 'Kiribati', 'Kosovo',
	'Kuwait', 'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon', 'Lesotho', 'Liberia', 'Libya', 'Liechtenstein', 'Lithuania',
	'Luxembourg', 'Macau', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali', 'Malta', 'Marshall Islands', 'Mauritania',
	'Mauritius', 'Mexico', 'Micronesia', 'Moldova', 'Monaco', 'Mongolia', 'Montenegro', 'Morocco', 'Mozambique', 'Myanmar',
	'Namibia', 'Nauru', 'Nepal', 'Netherlands', 'New Zealand', 'Nicaragua', 'Niger', 'Nigeria', 'North Korea',
	'North Macedonia', 'Norway', 'Oman', 'Pakistan', 'Palau', 'Palestine', 'Panama', 'Papua New Guinea', 'Paraguay', 'Peru',
	'Philippines', 'Poland', 'Portugal', 'Qatar', 'Romania', 'Russia', 'Rwanda', 'Saint Kitts and Nevis', 'Saint Lucia',
	'Saint Vincent and the Grenadines', 'Samoa', 'San Marino', 'Sao Tome and Principe', 'Saudi Arabia', 'Senegal', 'Serbia',
	'Seychelles', 'Sierra Leone', 'Singapore', 'Slovakia', 'Slovenia', 'Solomon Islands', 'Somalia', 'South Africa',
	'South Korea', 'South Sudan', 'Spain', 'Sri Lanka', 'Sudan', 'Suriname', 'Swaziland', 'Sweden', 'Switzerland', 'Syria',
	'Taiwan', 'Tajikistan', 'Tanzania', 'Thailand', 'Timor-Leste', 'Togo', 'Tonga', 'Trinidad and Tobago', 'Tunisia', 'Turkey',
	'Turkmenistan', 'Tuvalu', 'Uganda', 'Ukraine', 'United Arab Emirates', 'United Kingdom', 'United States', 'Uruguay',
	'Uzbekistan', 'Vanuatu', 'Vatican City', 'Venezuela', 'Vietnam', 'Yemen', 'Zambia', 'Zimbabwe',
];

export const COUNTRIES: INodePropertyOptions[] = COUNTRY_NAMES.map((name) => ({ name, value: name }));
