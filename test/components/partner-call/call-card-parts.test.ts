import { expect } from '@open-wc/testing';
import { budgetText, countryName, durationText, interestTarget } from '../../../src/components/partner-call/call-card.js';

describe('call card parts', () => {
  it('names the coordinator’s country in the visitor’s language', () => {
    expect(countryName('ES', 'en')).to.equal('Spain');
    expect(countryName('es', 'de')).to.equal('Spanien');
    expect(countryName('ES', 'ar')).to.equal(new Intl.DisplayNames('ar', { type: 'region' }).of('ES'));
    expect(countryName('not a country', 'en')).to.equal('not a country');
    expect(countryName(undefined, 'en')).to.equal(undefined);
  });

  it('formats budget and duration with Intl, and leaves out what cannot be read', () => {
    expect(budgetText({ amount: 157444, currency: 'EUR' }, 'en')).to.equal('€157,444');
    expect(budgetText({ amount: 157444.5, currency: 'EUR' }, 'de')).to.equal('157.444,50\u00a0€');
    expect(budgetText({ amount: 1, currency: 'not money' }, 'en')).to.equal(undefined);
    expect(budgetText({ amount: Number.NaN, currency: 'EUR' }, 'en')).to.equal(undefined);
    expect(durationText(36, 'en')).to.equal('36 months');
    expect(durationText(1, 'en')).to.equal('1 month');
    expect(durationText(36, 'de')).to.equal('36 Monate');
    expect(durationText(0, 'en')).to.equal(undefined);
  });

  it('expresses interest on the call’s web page, else by e-mail with a subject', () => {
    expect(
      interestTarget({ id: 'a', title: 'T', deadline: '', url: 'https://example.org/x', contact: { email: 'a@example.org' } }, 'T'),
    ).to.deep.equal({ href: 'https://example.org/x', via: 'url' });
    const mail = interestTarget(
      { id: 'a', title: 'T', deadline: '', url: 'javascript:alert(1)', contact: { email: 'a@example.org' } },
      'Schule & Sport',
    )!;
    expect(mail.via).to.equal('email');
    expect(mail.href).to.equal('mailto:a@example.org?subject=Expression%20of%20interest%3A%20Schule%20%26%20Sport');
    expect(interestTarget({ id: 'a', title: 'T', deadline: '' }, 'T')).to.equal(undefined);
  });
});

describe('Intl formatter cache', () => {
  it('reuses one formatter per kind, locale and options', async () => {
    const { intl } = await import('../../../src/i18n/intl.js');
    const a = intl(Intl.NumberFormat, 'de', { style: 'unit', unit: 'month' });
    expect(intl(Intl.NumberFormat, 'de', { style: 'unit', unit: 'month' })).to.equal(a);
    expect(intl(Intl.NumberFormat, 'en', { style: 'unit', unit: 'month' })).not.to.equal(a);
    expect(intl(Intl.DateTimeFormat, 'de', { timeZone: 'UTC' })).to.be.instanceOf(Intl.DateTimeFormat);
  });
});
