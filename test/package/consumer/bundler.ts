// What a bundler user writes: the stylesheet and every entry, resolved with `bundler`.
import 'react-arcware-close/styles.css';
import { CloseOverlay, type CloseOverlayProps } from 'react-arcware-close';
import { createCloseStore } from 'react-arcware-close/core';
import { ar } from 'react-arcware-close/locales/ar';
import { ja } from 'react-arcware-close/locales/ja';

export const props: CloseOverlayProps = { locales: [ar, ja], locale: 'ar' };
export const parts = [CloseOverlay, createCloseStore] as const;
