import { create } from '../document';
import { RECURRING, recurringClientField } from './family';

export const { description, execute } = create(RECURRING, recurringClientField);
