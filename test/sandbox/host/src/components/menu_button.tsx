import {useCallback, useId, useRef, useState} from 'react';
import type {ReactNode} from 'react';

import {useDismissOnOutside} from './use_dismiss_on_outside';

export type MenuItem = {key: string; label: ReactNode; onSelect: () => void};

type Props = {label: string; icon: ReactNode; items: MenuItem[]; className?: string; align?: 'left' | 'right'};

// A button that opens a menu of items (the ⋯ post menu, the collapsed channel-header plugin buttons).
export function MenuButton({label, icon, items, className = 'icon-button', align = 'right'}: Props) {
    const [isOpen, setOpen] = useState(false);
    const rootRef = useRef<HTMLDivElement>(null);
    const menuId = useId();
    const close = useCallback(() => setOpen(false), []);

    useDismissOnOutside(isOpen, rootRef, close);

    return (
        <div className='menu' ref={rootRef}>
            <button type='button' className={className} aria-label={label} title={label} aria-haspopup='menu'
                aria-expanded={isOpen} aria-controls={isOpen ? menuId : undefined} onClick={() => setOpen(!isOpen)}>
                {icon}
            </button>
            {isOpen && (
                <ul id={menuId} role='menu' aria-label={label} className={`menu__list menu__list--${align}`}>
                    {items.map((item) => (
                        <li key={item.key} role='none'>
                            <button type='button' role='menuitem' className='menu__item'
                                onClick={() => {
                                    setOpen(false);
                                    item.onSelect();
                                }}>
                                {item.label}
                            </button>
                        </li>
                    ))}
                </ul>
            )}
        </div>
    );
}
