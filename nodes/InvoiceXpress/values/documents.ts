import type { INodePropertyOptions } from 'n8n-workflow';

// Fixed value lists of the document operations (dropdowns).

/**
 * Tax exemption reasons (`tax_exemption`): the codes of the Portuguese Tax Authority's table of VAT
 * exemption reasons, which InvoiceXpress's document pages take (their examples send `M01`; `M00`,
 * "no exemption", appears in docs.invoicexpress.com's examples as `tax_exemption_reason`). Portuguese
 * accounts must send one when a line has 0% VAT (https://invoicexpress.com/api-v2/invoices/create, "Taxes").
 */
export const TAX_EXEMPTION_REASONS: INodePropertyOptions[] = [
	{ name: 'M00 – Sem Isenção', value: 'M00' },
	{ name: 'M01 – Artigo 16.º, N.º 6 Do CIVA', value: 'M01' },
	{ name: 'M02 – Artigo 6.º Do Decreto-Lei N.º 198/90', value: 'M02' },
	{ name: 'M04 – Isento Artigo 13.º Do CIVA', value: 'M04' },
	{ name: 'M05 – Isento Artigo 14.º Do CIVA', value: 'M05' },
	{ name: 'M06 – Isento Artigo 15.º Do CIVA', value: 'M06' },
	{ name: 'M07 – Isento Artigo 9.º Do CIVA', value: 'M07' },
	{ name: 'M09 – IVA, Não Confere Direito a Dedução', value: 'M09' },
	{ name: 'M10 – IVA, Regime De Isenção', value: 'M10' },
	{ name: 'M11 – Regime Particular Do Tabaco', value: 'M11' },
	{ name: 'M12 – Margem De Lucro, Agências De Viagens', value: 'M12' },
	{ name: 'M13 – Margem De Lucro, Bens Em Segunda Mão', value: 'M13' },
	{ name: 'M14 – Margem De Lucro, Objetos De Arte', value: 'M14' },
	{ name: 'M15 – Margem De Lucro, Objetos De Coleção E Antiguidades', value: 'M15' },
	{ name: 'M16 – Isento Artigo 14.º Do RITI', value: 'M16' },
	{ name: 'M19 – Outras Isenções', value: 'M19' },
	{ name: 'M20 – IVA, Regime Forfetário', value: 'M20' },
	{ name: 'M21 – IVA, Não Confere Direito À Dedução (Artigo 72.º N.º 4)', value: 'M21' },
	{ name: 'M25 – Mercadorias À Consignação', value: 'M25' },
	{ name: 'M26 – Isenção De IVA Com Direito À Dedução No Cabaz Alimentar', value: 'M26' },
	{ name: 'M30 – IVA, Autoliquidação (Artigo 2.º N.º 1 I)', value: 'M30' },
	{ name: 'M31 – IVA, Autoliquidação (Artigo 2.º N.º 1 J)', value: 'M31' },
	{ name: 'M32 – IVA, Autoliquidação (Artigo 2.º N.º 1 L)', value: 'M32' },
	{ name: 'M33 – IVA, Autoliquidação (Artigo 2.º N.º 1 M)', value: 'M33' },
	{ name: 'M34 – IVA, Autoliquidação (Artigo 2.º N.º 1 N)', value: 'M34' },
	{ name: 'M40 – IVA, Autoliquidação (Artigo 6.º N.º 6 A)', value: 'M40' },
	{ name: 'M41 – IVA, Autoliquidação (Artigo 8.º N.º 3 RITI)', value: 'M41' },
	{ name: 'M42 – IVA, Autoliquidação (Decreto-Lei N.º 21/2007)', value: 'M42' },
	{ name: 'M43 – IVA, Autoliquidação (Decreto-Lei N.º 362/99)', value: 'M43' },
	{ name: 'M99 – Não Sujeito; Não Tributado (Ou Similar)', value: 'M99' },
];

/**
 * Payment mechanisms of a payment (`payment_mechanism`, https://invoicexpress.com/api-v2/invoices/generate-payment,
 * whose example sends `TB`): the SAF-T (PT) payment mechanism codes.
 */
export const PAYMENT_MECHANISMS: INodePropertyOptions[] = [
	{ name: 'Bank Transfer or Authorised Direct Debit (TB)', value: 'TB' },
	{ name: 'Barter (PR)', value: 'PR' },
	{ name: 'Bill of Exchange (LC)', value: 'LC' },
	{ name: 'Cash (NU)', value: 'NU' },
	{ name: 'Cheque (CH)', value: 'CH' },
	{ name: 'Cheque or Gift Card (CO)', value: 'CO' },
	{ name: 'Clearing of Current Accounts (CS)', value: 'CS' },
	{ name: 'Credit Card (CC)', value: 'CC' },
	{ name: 'Debit Card (CD)', value: 'CD' },
	{ name: 'Electronic Money (DE)', value: 'DE' },
	{ name: 'International Documentary Credit (CI)', value: 'CI' },
	{ name: 'Meal Voucher (TR)', value: 'TR' },
	{ name: 'Multibanco Payment Reference (MB)', value: 'MB' },
	{ name: 'Other (OU)', value: 'OU' },
];

export const TAX_EXEMPTION_CODES = TAX_EXEMPTION_REASONS.map((option) => String(option.value));
export const PAYMENT_MECHANISM_CODES = PAYMENT_MECHANISMS.map((option) => String(option.value));
