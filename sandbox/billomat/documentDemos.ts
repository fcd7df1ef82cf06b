// Demo letters, reminders and recurring invoices of the demo clients (476 Musterfirma, 477), for the
// families of sandbox/billomat/documents.ts: restored at every seed.
import type { BillomatSandbox } from './index';

export function registerDocumentDemos(sandbox: BillomatSandbox): void {
	sandbox.onSeed(() => {
		const letters = sandbox.documentBooks.letters;
		letters.add({
			id: 51,
			client_id: 476,
			status: 'COMPLETED',
			date: '2024-03-20',
			label: 'Hosting 2024',
			intro: 'Dear Sir or Madam, from July the hosting moves to a new data centre…',
			extra: { subject: 'Your hosting contract', supplier_id: null },
		});
		letters.add({
			id: 52,
			client_id: 477,
			contact_id: 12,
			status: 'DRAFT',
			date: '2024-04-02',
			label: 'Support',
			intro: 'Dear Ms Smith, thank you for your order…',
			extra: { subject: 'Your order', supplier_id: null },
		});

		// Invoice 4 (RE125, client 477) is overdue: a completed first reminder and a draft second one.
		const reminders = sandbox.documentBooks.reminders;
		const open = sandbox.document('invoices', 4)!.open_amount;
		const reminder = (id: number, status: string, date: string, level: number, subject: string) =>
			reminders.add({
				id,
				client_id: 477,
				contact_id: 12,
				status,
				date,
				due_date: date.replace(/-(\d\d)$/, (_m, d: string) => `-${String(Number(d) + 7).padStart(2, '0')}`),
				due_days: 7,
				invoice_id: 4,
				invoice_number: 'RE125',
				currency_code: sandbox.document('invoices', 4)!.currency_code,
				label: 'Support January',
				intro: 'Surely you have only forgotten to pay our invoice RE125.',
				items: [{ quantity: 1, unit_price: open, title: 'Open amount of invoice RE125' }],
				extra: { subject: subject, reminder_text_id: level, reminder_level: level, reminder_level_name: `Level ${level}`, is_old: 0 },
			});
		reminder(41, 'OPEN', '2024-02-12', 1, 'Friendly reminder');
		reminder(42, 'DRAFT', '2024-03-01', 2, 'Second reminder');

		const recurrings = sandbox.documentBooks.recurrings;
		const monthly = {
			action: 'EMAIL',
			cycle: 'MONTHLY',
			cycle_number: 1,
			hour: 8,
			start_date: '2024-01-01',
			end_date: null,
			last_creation_date: '2024-03-01',
			next_creation_date: '2024-04-01',
			iterations: 0,
			counter: 3,
			due_days: 14,
			discount_days: 0,
			email_sender: 'billing@example.com',
			email_subject: 'Your invoice [Invoice.invoice_number]',
			email_message: 'Please find attached your monthly hosting invoice.',
			email_filename: null,
		};
		recurrings.add({
			id: 71,
			client_id: 476,
			status: 'DRAFT',
			date: '2024-01-01',
			label: 'Hosting',
			items: [{ unit: 'month', quantity: 1, unit_price: 20, tax_name: 'MwSt', tax_rate: 19, title: 'Hosting' }],
			extra: { ...monthly, name: 'Hosting monthly' },
		});
		recurrings.add({
			id: 72,
			client_id: 477,
			status: 'DRAFT',
			date: '2024-01-15',
			label: 'Support retainer',
			currency_code: 'GBP',
			items: [{ unit: 'hour', quantity: 5, unit_price: 75, tax_name: 'VAT', tax_rate: 20, title: 'Support retainer' }],
			extra: { ...monthly, name: 'Support quarterly', action: 'CREATE', cycle_number: 3, counter: 1, next_creation_date: '2024-04-15', email_sender: null, email_subject: null, email_message: null },
		});
	});
}
