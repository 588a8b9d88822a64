/// <reference types="@nx/next/typings/style.d.ts" />
