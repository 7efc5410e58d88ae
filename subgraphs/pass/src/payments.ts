/**
 * Paying for paid offers. A provider is asked for a payment when a paid offer is
 * redeemed, inside the redemption's transaction; it answers how the holder pays.
 * The only provider is the town's counter and invoice: the redemption waits as
 * PAYMENT_PENDING until staff record the payment. There is deliberately no card
 * provider that pretends to charge: a real one would be added here behind the
 * same interface, with its own confirmation path.
 */

export interface PaymentRequest {
  /** The reference the holder quotes (unique, from the database). */
  invoiceReference: string;
  amountCents: number;
  offerTitle: string;
  partnerName: string;
  passNumber: string;
}

export interface PaymentAnswer {
  status: 'PAYMENT_PENDING';
  instructions: string;
}

export interface PaymentProvider {
  readonly name: string;
  requestPayment(request: PaymentRequest): PaymentAnswer;
}

const euros = (cents: number) =>
  new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(cents / 100);

/**
 * Pay at the counter of the offer's place, or by transfer quoting the invoice reference.
 * German only (one language per text): clients in other languages word it themselves from
 * the redemption's price, invoice reference and partner.
 */
export const counterOrInvoiceProvider: PaymentProvider = {
  name: 'counter-or-invoice',
  requestPayment(request) {
    return {
      status: 'PAYMENT_PENDING',
      instructions:
        `Bitte zahlen Sie ${euros(request.amountCents)} für „${request.offerTitle}“ vor Ort bei ` +
        `${request.partnerName} oder per Überweisung mit dem Verwendungszweck ${request.invoiceReference}.`,
    };
  },
};

/** The provider in use (one today; a configured choice once there are more). */
export const paymentProvider = (): PaymentProvider => counterOrInvoiceProvider;
