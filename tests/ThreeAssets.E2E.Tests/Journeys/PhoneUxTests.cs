using Microsoft.Playwright;
using ThreeAssets.E2E.Tests.Infrastructure;

namespace ThreeAssets.E2E.Tests.Journeys;

/// <summary>
/// The measurable points of UX.md on the public pages, as a resident on a cheap phone meets them: tap targets,
/// text size and line height in care mode (关怀模式), and nothing scrolling sideways except data tables.
/// </summary>
public sealed class PhoneUxTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    // Returns one line per problem. Sizes are layout pixels. The layout viewport is clientWidth: with a mobile
    // viewport, window.innerWidth grows to fit content that is too wide, so it cannot catch sideways scrolling.
    private const string Problems = """
        (tap) => {
          const problems = [];
          const inner = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth > inner) problems.push(`page is ${document.documentElement.scrollWidth}px wide in a ${inner}px viewport`);
          const controls = document.querySelectorAll('a[href], button, select, textarea, input:not([type=hidden]):not([type=radio]):not([type=checkbox]), label.choice');
          for (const el of controls) {
            const r = el.getBoundingClientRect();
            if (r.width === 0 || el.closest('.visually-hidden-focusable, .hp-field')) continue;
            if (r.height < tap - 0.5 || r.width < tap - 0.5)
              problems.push(`${el.tagName.toLowerCase()} "${(el.textContent || el.name).trim().slice(0, 20)}" is ${Math.round(r.width)}x${Math.round(r.height)}, under ${tap}px`);
          }
          const care = document.documentElement.classList.contains('care');
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node; (node = walker.nextNode());) {
            const el = node.parentElement;
            if (!node.textContent.trim() || el.closest('script, option, .visually-hidden-focusable, .hp-field')) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            const box = range.getBoundingClientRect();
            if (box.width === 0) continue;
            if (box.right > inner + 1 && !el.closest('.table-scroll, pre'))
              problems.push(`text "${node.textContent.trim().slice(0, 20)}" runs out to ${Math.round(box.right)}px`);
            const style = getComputedStyle(el);
            const size = parseFloat(style.fontSize);
            if (care && size < 18) problems.push(`text "${node.textContent.trim().slice(0, 20)}" is ${size}px in care mode`);
            const line = style.lineHeight === 'normal' ? size * 1.2 : parseFloat(style.lineHeight);
            if (care && el.closest('main') && !el.closest('h1, h2, h3, h4, h5, h6, .h1, .h2, .h3, .h4, .h5, .h6, legend, .btn, th, td') && line < size * 1.3 - 0.01)
              problems.push(`text "${node.textContent.trim().slice(0, 20)}" has line height ${line}px for ${size}px`);
          }
          return problems;
        }
        """;

    [BrowserFact]
    public async Task Public_pages_have_big_tap_targets_and_no_sideways_scroll_and_care_mode_has_large_text()
    {
        var page = await fixture.NewPhonePageAsync();
        await page.GotoAsync("/villages/3301-01-01");
        var publication = await page.GetAttributeAsync(".latest li:first-child a.latest-link", "href");
        await page.GotoAsync(publication!);
        var fingerprint = (await page.InnerTextAsync(".fingerprint code")).Trim();
        string[] paths = ["/", "/townships/3301-01", "/villages/3301-01-01", publication!, publication + "/ask",
            "/villages/3301-01-01/questions", "/verify", "/verify?fingerprint=" + fingerprint, "/track", "/track?code=ZZZZ-ZZZZ", "/developers"];

        var problems = new List<string>();
        await CollectAsync(page, paths, tap: 44, problems);

        // Care mode on the narrowest phone the portal supports: 20 px text leaves the least room.
        await page.GotoAsync("/preferences/care?on=true&returnUrl=/");
        await page.SetViewportSizeAsync(320, 740);
        await CollectAsync(page, paths, tap: 60, problems);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [BrowserFact]
    public async Task Accountant_pages_have_big_tap_targets_and_no_sideways_scroll_in_care_mode()
    {
        var page = await fixture.NewPhonePageAsync();
        await page.GotoAsync("/account/login");
        await page.FillAsync("#UserName", "accountant");
        await page.FillAsync("#Password", "demo-accountant-2026");
        await page.ClickAsync("main button[type=submit]");
        await page.GotoAsync("/preferences/care?on=true&returnUrl=/workspace");

        var problems = new List<string>();
        await CollectAsync(page, ["/workspace", "/submissions", "/submissions/upload"], tap: 60, problems);
        // The refused form: error summary, field messages and red borders must fit as well.
        await page.ClickAsync("#upload-form button[type=submit]");
        await page.WaitForSelectorAsync(".error-summary");
        problems.AddRange((await page.EvaluateAsync<string[]>(Problems, 60)).Select(p => "refused upload: " + p));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [BrowserFact]
    public async Task Timeline_says_and_colours_each_state()
    {
        var page = await fixture.NewPhonePageAsync();
        await page.GotoAsync("/villages/3301-01-01");

        var late = page.Locator(".timeline .tl-late > span").First;
        Assert.Contains("逾期", await late.InnerTextAsync());
        Assert.Equal("rgb(179, 38, 30)", await late.EvaluateAsync<string>("e => getComputedStyle(e).color"));
        var published = page.Locator(".timeline .tl-published > a").First;
        Assert.Equal("rgb(30, 107, 52)", await published.EvaluateAsync<string>("e => getComputedStyle(e).borderTopColor"));
    }

    [BrowserFact]
    public async Task Form_problems_are_summarised_at_the_top_and_the_summary_takes_focus()
    {
        var page = await fixture.NewPhonePageAsync();
        await page.GotoAsync("/account/login");
        await page.ClickAsync("main button[type=submit]");

        Assert.Equal("alert", await page.GetAttributeAsync(".error-summary", "role"));
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement === document.querySelector('.error-summary')"),
            "focus should be on the error summary after a refused form");
    }

    private static async Task CollectAsync(IPage page, IEnumerable<string> paths, int tap, List<string> problems)
    {
        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            var found = await page.EvaluateAsync<string[]>(Problems, tap);
            problems.AddRange(found.Select(p => $"{path} ({tap}px): {p}"));
        }
    }
}
