import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { FormField } from './FormField.js';

export interface ComboboxOption {
  id: string;
  label: ReactNode;
  description?: ReactNode;
}

interface ComboboxProps<O extends ComboboxOption> {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  value: string;
  onValueChange: (value: string) => void;
  options: O[];
  onSelect: (option: O) => void;
  /** What a screen reader hears about the suggestions (count, or "no results"). */
  statusText: string;
  placeholder?: string;
}

/**
 * A text box with a list of suggestions (WAI-ARIA 1.2 combobox with listbox popup): arrow keys move
 * through the suggestions (aria-activedescendant), Enter picks one, Escape closes the list or clears.
 */
export function Combobox<O extends ComboboxOption>(props: ComboboxProps<O>) {
  const { id, label, description, value, onValueChange, options, onSelect, statusText, placeholder } = props;
  const [isOpen, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const listRef = useRef<HTMLUListElement>(null);
  const listboxId = `${id}-suggesties`;
  const optionId = (index: number) => `${id}-suggestie-${index}`;
  const isExpanded = isOpen && options.length > 0;
  const optionKey = options.map((option) => option.id).join('|');

  // New suggestions: nothing is active any more (unless the list is the same).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the list of options changes, which optionKey names
  useEffect(() => setActiveIndex(-1), [optionKey]);

  useEffect(() => {
    if (activeIndex < 0) return;
    listRef.current?.querySelector(`#${CSS.escape(optionId(activeIndex))}`)?.scrollIntoView({ block: 'nearest' });
  });

  const choose = (option: O) => {
    onSelect(option);
    setOpen(false);
    setActiveIndex(-1);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = options.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        if (count > 0) setActiveIndex((index) => (index + 1) % count);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        if (count > 0) setActiveIndex((index) => (index <= 0 ? count - 1 : index - 1));
        break;
      case 'Enter': {
        const option = isExpanded && activeIndex >= 0 ? options[activeIndex] : undefined;
        if (option) {
          event.preventDefault();
          choose(option);
        }
        break;
      }
      case 'Escape':
        if (isExpanded) {
          event.preventDefault();
          setOpen(false);
          setActiveIndex(-1);
        } else if (value) {
          event.preventDefault();
          onValueChange('');
        }
        break;
      default:
        break;
    }
  };

  return (
    <FormField id={id} label={label} description={description} inputClassName="combobox">
      {(control) => (
        <>
          <input
            {...control}
            className="utrecht-textbox utrecht-textbox--html-input"
            type="text"
            role="combobox"
            autoComplete="off"
            spellCheck={false}
            aria-autocomplete="list"
            aria-expanded={isExpanded}
            aria-controls={listboxId}
            aria-activedescendant={isExpanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
            placeholder={placeholder}
            value={value}
            onChange={(event) => {
              onValueChange(event.target.value);
              setOpen(true);
            }}
            onKeyDown={handleKeyDown}
            onBlur={() => setOpen(false)}
            onFocus={() => value && setOpen(true)}
          />
          <div className={`utrecht-listbox combobox__popover${isExpanded ? '' : ' combobox__popover--hidden'}`}>
            <ul className="utrecht-listbox__list" role="listbox" id={listboxId} aria-label="Suggesties" ref={listRef} hidden={!isExpanded}>
              {isExpanded &&
                options.map((option, index) => (
                  // The ARIA combobox pattern: focus stays in the text box (aria-activedescendant), the keys are
                  // handled there; an option only takes a mouse click.
                  // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the text box
                  // biome-ignore lint/a11y/useFocusableInteractive: aria-activedescendant, not focus
                  <li
                    key={option.id}
                    id={optionId(index)}
                    role="option"
                    aria-selected={index === activeIndex}
                    className={`utrecht-listbox__option utrecht-listbox__option--html-li${index === activeIndex ? ' utrecht-listbox__option--selected combobox__option--active' : ''}`}
                    // Keep focus in the text box when an option is clicked.
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => choose(option)}
                  >
                    <span className="combobox__option-label">{option.label}</span>
                    {option.description && <span className="combobox__option-description">{option.description}</span>}
                  </li>
                ))}
            </ul>
          </div>
          <div className="visually-hidden" role="status" aria-live="polite">
            {isOpen ? statusText : ''}
          </div>
        </>
      )}
    </FormField>
  );
}
