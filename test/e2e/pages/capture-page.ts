import type { Locator, Page } from 'playwright-core';
import { exactly } from './text';

export type NoteType = 'Note' | 'Quote' | 'Action' | 'Question';

/** Alt+1…Alt+4 switch the type while typing. */
const TYPE_KEYS: Record<NoteType, string> = { Note: 'Alt+1', Quote: 'Alt+2', Action: 'Alt+3', Question: 'Alt+4' };

/** Workshop capture mode (#/capture): notes taken live, from the keyboard. */
export class CapturePage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { name: 'Workshop capture', exact: true });
  }

  get workshop(): Locator {
    return this.page.getByRole('combobox', { name: 'Workshop', exact: true });
  }

  /** Picks the workshop whose name in the list matches `name`. */
  async chooseWorkshop(name: RegExp): Promise<void> {
    const box = this.workshop;
    if ((await box.evaluate((element) => element.tagName)) === 'SELECT') {
      const labels = await box.locator('option').allTextContents();
      const label = labels.find((text) => name.test(text));
      if (!label) throw new Error(`No workshop matching ${name} among ${JSON.stringify(labels)}`);
      await box.selectOption({ label });
    } else {
      await box.click();
      await this.page.getByRole('option', { name }).click();
    }
  }

  field(label: 'Session' | 'Speaker' | "Speaker's role" | 'Note'): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  get types(): Locator {
    return this.page.getByRole('radiogroup', { name: 'Type' });
  }

  type(name: NoteType): Locator {
    return this.types.getByRole('radio', { name, exact: true });
  }

  /** Moves the keyboard focus to a field without the mouse (as Tab would). */
  async focus(label: 'Session' | 'Speaker' | "Speaker's role" | 'Note'): Promise<void> {
    await this.field(label).focus();
  }

  /**
   * From the keyboard only: sets the speaker, switches the type with its Alt
   * shortcut while in the note box, types the note and presses Enter.
   */
  async captureNote(note: { type: NoteType; text: string; speaker?: string }): Promise<void> {
    const keyboard = this.page.keyboard;
    if (note.speaker !== undefined) {
      await this.focus('Speaker');
      await keyboard.press('Control+A');
      await keyboard.type(note.speaker);
    }
    await this.focus('Note');
    await keyboard.press(TYPE_KEYS[note.type]);
    await keyboard.type(note.text);
    await keyboard.press('Enter');
  }

  get notes(): Locator {
    return this.page.getByRole('list', { name: 'Captured notes' }).getByRole('listitem');
  }

  note(text: string): Locator {
    return this.notes.filter({ hasText: text });
  }

  async promote(text: string): Promise<void> {
    await this.note(text).getByRole('button', { name: 'Promote to lesson' }).click();
  }

  /** The "Lesson created: <title>" status after promoting. */
  get promoted(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^Lesson created: / });
  }

  get editPromotedLesson(): Locator {
    return this.page.getByRole('link', { name: exactly('Edit the lesson') });
  }
}
