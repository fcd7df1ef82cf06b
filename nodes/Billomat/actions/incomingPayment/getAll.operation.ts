import { INCOMING_CHILDREN, payment } from '../documentChild';

export const { description, execute } = payment.getAll(INCOMING_CHILDREN);
