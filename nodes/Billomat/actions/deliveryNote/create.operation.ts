import { create } from '../document';
import { DELIVERY_NOTE, deliveryNoteClientField } from './family';

export const { description, execute } = create(DELIVERY_NOTE, deliveryNoteClientField);
