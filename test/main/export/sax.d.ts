// sax (a dependency of the toolchain) ships no types; this is the strict-parser surface the SVG test uses.
declare module 'sax' {
  interface Tag { name: string; attributes: Record<string, string> }
  interface Parser {
    onerror: (error: Error) => void;
    onopentag: (tag: Tag) => void;
    ontext: (text: string) => void;
    onclosetag: (name: string) => void;
    write(xml: string): Parser;
    close(): Parser;
  }
  const sax: { parser(strict: boolean, options?: { xmlns?: boolean }): Parser };
  export default sax;
}
