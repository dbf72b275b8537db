import type { Locator, Page } from 'playwright-core';
import { exactly } from './text';

/**
 * A library item's form (#/new/<kind>, #/item/<id>/edit): fields labelled in
 * words, invalid ones marked aria-invalid with their message linked by
 * aria-describedby, and Save / Cancel.
 */
export class ItemFormPage {
  constructor(readonly page: Page) {}

  /** The form, e.g. "New lesson" or "Edit lesson". */
  form(name: string): Locator {
    return this.page.getByRole('form', { name: exactly(name) });
  }

  /** A field by its label: a textbox first, else any control so labelled. */
  field(form: Locator, label: string): Locator {
    return form.getByRole('textbox', { name: label, exact: true }).or(form.getByLabel(label, { exact: true })).first();
  }

  async fill(form: Locator, values: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(values)) await this.field(form, label).fill(value);
  }

  save(form: Locator): Promise<void> {
    return form.getByRole('button', { name: 'Save', exact: true }).click();
  }

  cancel(form: Locator): Promise<void> {
    return form.getByRole('button', { name: 'Cancel', exact: true }).click();
  }

  /** The message a field shows when it is invalid: the text of its aria-describedby, or '' when it is valid. */
  async fieldError(field: Locator): Promise<string> {
    if ((await field.getAttribute('aria-invalid')) !== 'true') return '';
    const ids = (await field.getAttribute('aria-describedby'))?.split(/\s+/).filter(Boolean) ?? [];
    const texts = await Promise.all(ids.map((id) => this.page.locator(`[id="${id}"]`).textContent()));
    return texts.map((text) => text?.trim() ?? '').filter(Boolean).join(' ');
  }
}
